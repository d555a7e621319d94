{{/*
Names and labels. Resource names are "<fullname>-<component>", truncated to 63 characters
because DNS-1123 labels (Service names) cannot be longer.
*/}}

{{- define "botfarm.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "botfarm.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* "<fullname>-<component>"; call with (dict "root" $ "component" "registry"). */}}
{{- define "botfarm.componentName" -}}
{{- printf "%s-%s" (include "botfarm.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "botfarm.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every resource carries; call with the root context. */}}
{{- define "botfarm.labels" -}}
helm.sh/chart: {{ include "botfarm.chart" . }}
app.kubernetes.io/name: {{ include "botfarm.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: botfarm
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selector labels of one component; call with (dict "root" $ "component" "registry"). */}}
{{- define "botfarm.selectorLabels" -}}
app.kubernetes.io/name: {{ include "botfarm.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Full labels of one component. */}}
{{- define "botfarm.componentLabels" -}}
{{ include "botfarm.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
An image reference from an override dict over a default dict (registry, repository, tag,
digest, pullPolicy); a digest pins the image and wins over the tag.
Call with (dict "root" $ "image" .override "default" .Values.image).
*/}}
{{- define "botfarm.image" -}}
{{- $img := merge (deepCopy (default dict .image)) .default -}}
{{- $repo := $img.repository -}}
{{- if $img.registry -}}{{- $repo = printf "%s/%s" $img.registry $img.repository -}}{{- end -}}
{{- if $img.digest -}}
{{- printf "%s@%s" $repo $img.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (default .root.Chart.AppVersion $img.tag | toString) -}}
{{- end -}}
{{- end -}}

{{- define "botfarm.imagePullPolicy" -}}
{{- $img := merge (deepCopy (default dict .image)) .default -}}
{{- $img.pullPolicy -}}
{{- end -}}

{{/* Service account names. */}}
{{- define "botfarm.serviceAccountName" -}}
{{- default (include "botfarm.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}
{{- define "botfarm.trainingServiceAccountName" -}}
{{- default (include "botfarm.componentName" (dict "root" . "component" "training")) .Values.training.serviceAccount.name -}}
{{- end -}}
{{- define "botfarm.workerServiceAccountName" -}}
{{- default (include "botfarm.componentName" (dict "root" . "component" "training-worker")) .Values.training.workerServiceAccount.name -}}
{{- end -}}

{{/* Secret names: an existing Secret when given, else the one the chart makes. */}}
{{- define "botfarm.s3SecretName" -}}
{{- if .Values.s3.existingSecret -}}
{{- .Values.s3.existingSecret -}}
{{- else if .Values.minio.enabled -}}
{{- include "botfarm.componentName" (dict "root" . "component" "s3") -}}
{{- else -}}
{{- fail "s3.existingSecret is required when minio.enabled=false: create a Secret with the access and secret key of your S3 bucket (keys s3.accessKeyKey and s3.secretKeyKey) and name it here" -}}
{{- end -}}
{{- end -}}

{{- define "botfarm.authSecretName" -}}
{{- default (include "botfarm.componentName" (dict "root" . "component" "auth")) .Values.auth.existingSecret -}}
{{- end -}}

{{- define "botfarm.xApiSecretName" -}}
{{- default (include "botfarm.componentName" (dict "root" . "component" "x-api")) .Values.ingestion.xApi.existingSecret -}}
{{- end -}}

{{- define "botfarm.xApiEnabled" -}}
{{- if or .Values.ingestion.xApi.existingSecret .Values.ingestion.xApi.bearerToken -}}true{{- end -}}
{{- end -}}

{{/* The S3 endpoint services use: the bundled MinIO or the external one. */}}
{{- define "botfarm.s3Endpoint" -}}
{{- if .Values.minio.enabled -}}
{{- printf "%s:9000" (include "botfarm.componentName" (dict "root" . "component" "minio")) -}}
{{- else if .Values.s3.endpoint -}}
{{- .Values.s3.endpoint -}}
{{- else -}}
{{- fail "s3.endpoint is required when minio.enabled=false (host:port of your S3 service, without scheme)" -}}
{{- end -}}
{{- end -}}

{{- define "botfarm.s3Secure" -}}
{{- if .Values.minio.enabled -}}false{{- else -}}{{ .Values.s3.secure }}{{- end -}}
{{- end -}}

{{/*
Where Secrets are mounted as files (never environment variables: env shows in `kubectl
describe`, crash dumps and child processes). Outside /etc/botfarm, which the training
controller's Job configuration occupies read-only.
*/}}
{{- define "botfarm.secretsDir" -}}/etc/botfarm-secrets{{- end -}}

{{/*
The Secret volumes of a service (call with (dict "root" $ "component" NAME)) and their
mounts: the S3 credentials and the auth token for every service, the X API token for
ingestion (optional: without it the X API source is off).
*/}}
{{- define "botfarm.secretVolumes" -}}
- name: s3-credentials
  secret:
    secretName: {{ include "botfarm.s3SecretName" .root }}
    items:
      - {key: {{ .root.Values.s3.accessKeyKey }}, path: {{ .root.Values.s3.accessKeyKey }}}
      - {key: {{ .root.Values.s3.secretKeyKey }}, path: {{ .root.Values.s3.secretKeyKey }}}
{{- if .root.Values.auth.enabled }}
- name: auth-token
  secret:
    secretName: {{ include "botfarm.authSecretName" .root }}
    items:
      - {key: {{ .root.Values.auth.tokenKey }}, path: {{ .root.Values.auth.tokenKey }}}
{{- end }}
{{- if and (eq .component "ingestion") (include "botfarm.xApiEnabled" .root) }}
- name: x-api-token
  secret:
    secretName: {{ include "botfarm.xApiSecretName" .root }}
    optional: true
{{- end }}
{{- end -}}

{{- define "botfarm.secretMounts" -}}
- name: s3-credentials
  mountPath: {{ include "botfarm.secretsDir" .root }}/s3
  readOnly: true
{{- if .root.Values.auth.enabled }}
- name: auth-token
  mountPath: {{ include "botfarm.secretsDir" .root }}/auth
  readOnly: true
{{- end }}
{{- if and (eq .component "ingestion") (include "botfarm.xApiEnabled" .root) }}
- name: x-api-token
  mountPath: {{ include "botfarm.secretsDir" .root }}/x-api
  readOnly: true
{{- end }}
{{- end -}}

{{/*
checkov (the policy checker `make test` runs over the chart) findings skipped on purpose:
call with a list of "CHECK_ID=reason" strings; each becomes an annotation
checkov.io/skipN on the resource it concerns, so the reason stands beside it.
*/}}
{{- define "botfarm.checkovSkips" -}}
{{- range $i, $skip := . }}
checkov.io/skip{{ add1 $i }}: {{ $skip | quote }}
{{- end }}
{{- end -}}

{{/* The digest of an image (override dict over default dict), empty when it is pinned by tag only. */}}
{{- define "botfarm.imageDigest" -}}
{{- $img := merge (deepCopy (default dict .image)) .default -}}
{{- $img.digest -}}
{{- end -}}

{{- define "botfarm.digestSkip" -}}
CKV_K8S_43=pinned by tag (the package version the release workflow publishes); set image.digest to pin by digest
{{- end -}}

{{/*
Environment every service shares: object store, auth, logging and the addresses of the
other services. Credentials are files from mounted Secrets (the *_FILE variables), never values.
*/}}
{{- define "botfarm.commonEnv" -}}
- name: BOTFARM_STORE_URL
  value: {{ printf "s3://%s" .Values.s3.bucket | quote }}
- name: BOTFARM_S3_ENDPOINT
  value: {{ include "botfarm.s3Endpoint" . | quote }}
- name: BOTFARM_S3_SECURE
  value: {{ include "botfarm.s3Secure" . | quote }}
- name: BOTFARM_S3_REGION
  value: {{ .Values.s3.region | quote }}
- name: BOTFARM_S3_ACCESS_KEY_FILE
  value: {{ printf "%s/s3/%s" (include "botfarm.secretsDir" .) .Values.s3.accessKeyKey | quote }}
- name: BOTFARM_S3_SECRET_KEY_FILE
  value: {{ printf "%s/s3/%s" (include "botfarm.secretsDir" .) .Values.s3.secretKeyKey | quote }}
{{- if .Values.auth.enabled }}
- name: BOTFARM_AUTH_TOKEN_FILE
  value: {{ printf "%s/auth/%s" (include "botfarm.secretsDir" .) .Values.auth.tokenKey | quote }}
{{- end }}
{{- if .Values.tls.enabled }}
- name: BOTFARM_TLS_CERT
  value: /etc/botfarm/tls/tls.crt
- name: BOTFARM_TLS_KEY
  value: /etc/botfarm/tls/tls.key
{{- if .Values.tls.clientAuth }}
- name: BOTFARM_TLS_CLIENT_CA
  value: /etc/botfarm/tls/ca.crt
{{- end }}
{{- end }}
- name: BOTFARM_LOG_FORMAT
  value: {{ .Values.logFormat | quote }}
{{- range $svc := list "ingestion" "cleaning" "training" "registry" "inference" }}
{{- $v := index $.Values $svc }}
- name: {{ printf "BOTFARM_%s_ADDR" (upper $svc) }}
  value: {{ printf "%s:%v" (include "botfarm.componentName" (dict "root" $ "component" $svc)) $v.grpcPort | quote }}
{{- end }}
- name: HOME
  value: /home/botfarm
- name: XDG_CACHE_HOME
  value: /home/botfarm/.cache
- name: HF_HOME
  value: /home/botfarm/.cache/huggingface
- name: MPLCONFIGDIR
  value: /tmp/matplotlib
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
A generated Secret value (base64): the live Secret's value when there is one, so that
`helm upgrade` keeps it; else random. Call with (dict "root" $ "name" N "key" K "length" L).
*/}}
{{- define "botfarm.keepOrRandom" -}}
{{- $old := lookup "v1" "Secret" .root.Release.Namespace .name -}}
{{- if and $old $old.data (hasKey $old.data .key) -}}
{{- index $old.data .key -}}
{{- else -}}
{{- randAlphaNum (int .length) | b64enc -}}
{{- end -}}
{{- end -}}
