"""Source readers, one module per format; ``detect.read_path`` / ``detect.read_bytes``
pick the right one. None of them imports grpc or the generated protobuf code."""
