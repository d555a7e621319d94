window.YTD.account.part0 = [
  {
    "account" : {
      "email" : null,
      "createdVia" : "web",
      "username" : "botfarm_demo",
      "accountId" : "1357924680",
      "createdAt" : "2014-04-12T08:31:07.000Z",
      "accountDisplayName" : "Juniper Holt"
    }
  }
]