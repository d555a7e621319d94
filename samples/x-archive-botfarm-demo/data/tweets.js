window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1357965753186563547"
          ],
          "editableUntil" : "2021-02-06T09:14:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "3",
      "id_str" : "1357965753186563547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1357965753186563547",
      "created_at" : "Sat Feb 06 08:14:00 +0000 2021",
      "favorited" : false,
      "full_text" : "First seeds of the year are in: tomatoes, chillies and a very optimistic aubergine. The windowsill is now a nursery and the cat is furious about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1358940815619153758"
          ],
          "editableUntil" : "2021-02-09T01:48:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "7",
      "id_str" : "1358940815619153758",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1358940815619153758",
      "created_at" : "Tue Feb 09 00:48:33 +0000 2021",
      "favorited" : false,
      "full_text" : "My sourdough starter is named Gerald. Gerald is six years old. Gerald has outlived two fridges and one relationship.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1359936182680534573"
          ],
          "editableUntil" : "2021-02-11T19:43:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "7",
      "id_str" : "1359936182680534573",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1359936182680534573",
      "created_at" : "Thu Feb 11 18:43:47 +0000 2021",
      "favorited" : false,
      "full_text" : "Spent two hours chasing a bug that turned out to be a timezone. It is always a timezone. I am going to embroider that on a cushion.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1360654742451717355"
          ],
          "editableUntil" : "2021-02-13T19:19:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "5",
      "id_str" : "1360654742451717355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1360654742451717355",
      "created_at" : "Sat Feb 13 18:19:05 +0000 2021",
      "favorited" : false,
      "full_text" : "lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1361537706357960544"
          ],
          "editableUntil" : "2021-02-16T05:47:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "1",
      "id_str" : "1361537706357960544",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1361537706357960544",
      "created_at" : "Tue Feb 16 04:47:40 +0000 2021",
      "favorited" : false,
      "full_text" : "Reminder that a good bug report has three things: what you did, what you expected, what happened instead. Bonus points for the version number. Triple bonus for a tiny script that reproduces it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1361736872887038552"
          ],
          "editableUntil" : "2021-02-16T18:59:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "18",
      "id_str" : "1361736872887038552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1361736872887038552",
      "created_at" : "Tue Feb 16 17:59:05 +0000 2021",
      "favorited" : false,
      "full_text" : "Biscuit the cat has decided that my laptop charger is her enemy. She attacks it every morning at 6. I have not needed an alarm clock in a year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1362311349928079281"
          ],
          "editableUntil" : "2021-02-18T09:01:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "1362311349928079281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1362311349928079281",
      "created_at" : "Thu Feb 18 08:01:51 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @rin_codes: If you've ever wanted to contribute to sproutq, we've tagged a dozen issues as \"good first issue\" and we'll help you through them",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1362755233120799203"
          ],
          "editableUntil" : "2021-02-19T14:25:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "64",
      "id_str" : "1362755233120799203",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1362755233120799203",
      "created_at" : "Fri Feb 19 13:25:41 +0000 2021",
      "favorited" : false,
      "full_text" : "Triaging the issue tracker with a pot of tea and a lot of patience. 31 open issues down to 19. Some of them were from 2019 and had quietly fixed themselves, like houseplants you forget to water.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1363148390398091415"
          ],
          "editableUntil" : "2021-02-20T16:27:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "130",
              "140"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "8",
      "id_str" : "1363148390398091415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1363148390398091415",
      "created_at" : "Sat Feb 20 15:27:57 +0000 2021",
      "favorited" : false,
      "full_text" : "Baked a loaf this morning with a proper ear and an open crumb and I took eleven photos of it before anyone was allowed to eat it. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1363384257085064407"
          ],
          "editableUntil" : "2021-02-21T08:05:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "4",
      "id_str" : "1363384257085064407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1363384257085064407",
      "created_at" : "Sun Feb 21 07:05:12 +0000 2021",
      "favorited" : false,
      "full_text" : "The allotment committee meeting lasted two hours and the only decision was that the shared wheelbarrow needs a new wheel. Democracy is alive and slow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1363771231959277193"
          ],
          "editableUntil" : "2021-02-22T09:42:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "113"
      ],
      "favorite_count" : "1",
      "id_str" : "1363771231959277193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1363771231959277193",
      "created_at" : "Mon Feb 22 08:42:54 +0000 2021",
      "favorited" : false,
      "full_text" : "@rin_codes yes! merge it, I reviewed it last night and forgot to press the button. Classic me. Sorry for the wait",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1363685164842566664",
      "in_reply_to_status_id" : "1363685164842566664",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1363946184769429515"
          ],
          "editableUntil" : "2021-02-22T21:18:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "5",
      "id_str" : "1363946184769429515",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1363946184769429515",
      "created_at" : "Mon Feb 22 20:18:06 +0000 2021",
      "favorited" : false,
      "full_text" : "Today I learned that our test suite has been skipping an entire folder since March because of a typo in the config. Everything was green. Everything was a lie.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1364129253554746336"
          ],
          "editableUntil" : "2021-02-23T09:25:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1364129253554746336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1364129253554746336",
      "created_at" : "Tue Feb 23 08:25:33 +0000 2021",
      "favorited" : false,
      "full_text" : "Unpopular opinion: tabs versus spaces is not a real debate, it is a way for people to avoid talking about their feelings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1365062104513784656"
          ],
          "editableUntil" : "2021-02-25T23:12:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tbt",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/frLGc5GYkq",
            "expanded_url" : "https://junipers.garden/photos/first-loaf",
            "display_url" : "junipers.garden/photos/fi…",
            "indices" : [
              "5",
              "28"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "1365062104513784656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1365062104513784656",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 25 22:12:22 +0000 2021",
      "favorited" : false,
      "full_text" : "#tbt https://t.co/frLGc5GYkq",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1365976479562954985"
          ],
          "editableUntil" : "2021-02-28T11:45:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "1365976479562954985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1365976479562954985",
      "created_at" : "Sun Feb 28 10:45:46 +0000 2021",
      "favorited" : false,
      "full_text" : "The hardest part of maintaining a library is not the code. It is saying \"no\" kindly to a feature request that would make a hundred other people's lives worse.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1366915814913433669"
          ],
          "editableUntil" : "2021-03-03T01:58:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "0",
      "id_str" : "1366915814913433669",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1366915814913433669",
      "created_at" : "Wed Mar 03 00:58:21 +0000 2021",
      "favorited" : false,
      "full_text" : "Today's bake was a brick. A dense, sad brick. Gerald was sluggish, the kitchen was cold, and I was impatient. Two out of three is enough to ruin bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367238482722972082"
          ],
          "editableUntil" : "2021-03-03T23:20:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "1367238482722972082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1367238482722972082",
      "created_at" : "Wed Mar 03 22:20:31 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @tomas_bakes: Hot tip: put a tray of ice cubes in the bottom of the oven when your bread goes in. Steam makes the crust",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367400676457672039"
          ],
          "editableUntil" : "2021-03-04T10:05:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "8",
      "id_str" : "1367400676457672039",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1367400676457672039",
      "created_at" : "Thu Mar 04 09:05:01 +0000 2021",
      "favorited" : false,
      "full_text" : "Working from home with a cat means every video call has a guest star. Today Biscuit walked across the keyboard and muted me. She knew what she was doing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367595543821758782"
          ],
          "editableUntil" : "2021-03-04T22:59:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "22",
              "32"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "3",
      "id_str" : "1367595543821758782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1367595543821758782",
      "created_at" : "Thu Mar 04 21:59:21 +0000 2021",
      "favorited" : false,
      "full_text" : "Pair programming with @rin_codes on the new scheduler. We deleted more lines than we wrote, which is my favourite kind of afternoon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367905549026176219"
          ],
          "editableUntil" : "2021-03-05T19:31:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "1",
      "id_str" : "1367905549026176219",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1367905549026176219",
      "created_at" : "Fri Mar 05 18:31:12 +0000 2021",
      "favorited" : false,
      "full_text" : "If your queue library needs a diagram with eleven boxes to explain how a job gets retried, something has gone wrong. Ours needs three boxes and I still think one of them is suspicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1368205219462655366"
          ],
          "editableUntil" : "2021-03-06T15:21:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          },
          {
            "name" : "Juniper Holt",
            "screen_name" : "botfarm_demo",
            "indices" : [
              "28",
              "41"
            ],
            "id_str" : "1357924680",
            "id" : "1357924680"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1368205219462655366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1368205219462655366",
      "created_at" : "Sat Mar 06 14:21:59 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @rin_codes: Pairing with @botfarm_demo on the scheduler today, we deleted 400 lines and nothing broke. Suspicious. Running the tests again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1369080742671896903"
          ],
          "editableUntil" : "2021-03-09T01:21:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "56",
      "id_str" : "1369080742671896903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1369080742671896903",
      "created_at" : "Tue Mar 09 00:21:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Pulled my first carrot of the season. It is the size of my thumb and it has two legs. I love it more than any carrot I have ever bought.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1369243469086001157"
          ],
          "editableUntil" : "2021-03-09T12:07:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1369243469086001157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1369243469086001157",
      "created_at" : "Tue Mar 09 11:07:37 +0000 2021",
      "favorited" : false,
      "full_text" : "@tomas_bakes the crumb on that one is unreal. What hydration was that, 80? I can never get mine that open without it spreading everywhere",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1369230634513745553",
      "in_reply_to_status_id" : "1369230634513745553",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1369831292401007756"
          ],
          "editableUntil" : "2021-03-11T03:03:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "7",
      "id_str" : "1369831292401007756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1369831292401007756",
      "created_at" : "Thu Mar 11 02:03:25 +0000 2021",
      "favorited" : false,
      "full_text" : "Today's plan:\n- feed Gerald\n- fix the retry bug\n- plant the beans\n- nap\nAmbitious, I know, but I believe in myself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1370882703752969220"
          ],
          "editableUntil" : "2021-03-14T00:41:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "4",
      "id_str" : "1370882703752969220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1370882703752969220",
      "created_at" : "Sat Mar 13 23:41:21 +0000 2021",
      "favorited" : false,
      "full_text" : "New contributor opened their very first pull request today: a typo fix in the docs. Merged it within the hour and I hope they come back for more. Everybody starts with a typo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1371199986071174818"
          ],
          "editableUntil" : "2021-03-14T21:42:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "3",
      "id_str" : "1371199986071174818",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1371199986071174818",
      "created_at" : "Sun Mar 14 20:42:07 +0000 2021",
      "favorited" : false,
      "full_text" : "Cinnamon buns for the team meeting. Nobody asked questions in the meeting, because everyone's mouth was full. Best meeting of the year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1372014553463360417"
          ],
          "editableUntil" : "2021-03-17T03:38:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "8",
      "id_str" : "1372014553463360417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1372014553463360417",
      "created_at" : "Wed Mar 17 02:38:55 +0000 2021",
      "favorited" : false,
      "full_text" : "same",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1373032175498606229"
          ],
          "editableUntil" : "2021-03-19T23:02:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1373032175498606229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1373032175498606229",
      "created_at" : "Fri Mar 19 22:02:35 +0000 2021",
      "favorited" : false,
      "full_text" : "Slugs ate every single lettuce overnight. Every one. They left the weeds. I would admire their discipline if I wasn't so upset.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1373544740420283161"
          ],
          "editableUntil" : "2021-03-21T08:59:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "5",
      "id_str" : "1373544740420283161",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1373544740420283161",
      "created_at" : "Sun Mar 21 07:59:20 +0000 2021",
      "favorited" : false,
      "full_text" : "Writing docs is just explaining the same thing to five different imaginary people: the one in a hurry, the one who is lost, the one who is angry, the one who knows more than you, and future you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1374572198101812896"
          ],
          "editableUntil" : "2021-03-24T05:02:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "8",
      "id_str" : "1374572198101812896",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1374572198101812896",
      "created_at" : "Wed Mar 24 04:02:05 +0000 2021",
      "favorited" : false,
      "full_text" : "What is the one tool you would take to a desert island? Mine is a good text editor and a packet of tomato seeds. I would be fine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1374796060688498265"
          ],
          "editableUntil" : "2021-03-24T19:51:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1374796060688498265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1374796060688498265",
      "created_at" : "Wed Mar 24 18:51:38 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Idempotency keys saved our team's weekend. Again. Add them before you need them",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1375431636155924551"
          ],
          "editableUntil" : "2021-03-26T13:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "8",
      "id_str" : "1375431636155924551",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1375431636155924551",
      "created_at" : "Fri Mar 26 12:57:11 +0000 2021",
      "favorited" : false,
      "full_text" : "Cycled to the market, bought too many vegetables, cycled home with a bag of leeks sticking out of my backpack like antennae. Felt very French.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1376441305790717072"
          ],
          "editableUntil" : "2021-03-29T08:49:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "1",
      "id_str" : "1376441305790717072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1376441305790717072",
      "created_at" : "Mon Mar 29 07:49:15 +0000 2021",
      "favorited" : false,
      "full_text" : "Our CI takes 14 minutes. I have looked at the profile. 9 of those minutes are installing things. The other 5 are one test that sleeps. I wrote that test. I am the problem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1377177980762173861"
          ],
          "editableUntil" : "2021-03-31T09:36:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "5",
      "id_str" : "1377177980762173861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1377177980762173861",
      "created_at" : "Wed Mar 31 08:36:32 +0000 2021",
      "favorited" : false,
      "full_text" : "Baking is the opposite of programming: you follow the recipe exactly and it still fails because the weather changed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1377413969081400483"
          ],
          "editableUntil" : "2021-04-01T01:14:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "18"
      ],
      "favorite_count" : "4",
      "id_str" : "1377413969081400483",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1377413969081400483",
      "created_at" : "Thu Apr 01 00:14:16 +0000 2021",
      "favorited" : false,
      "full_text" : "@rin_codes thanks!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1377327901966754547",
      "in_reply_to_status_id" : "1377327901966754547",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1377989331122335753"
          ],
          "editableUntil" : "2021-04-02T15:20:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "id_str" : "1377989331122335753",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1377989331122335753",
      "created_at" : "Fri Apr 02 14:20:33 +0000 2021",
      "favorited" : false,
      "full_text" : "Gardening is debugging with a six-month feedback loop. You change one thing, wait a season, and find out it was the soil all along.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1378651498480061564"
          ],
          "editableUntil" : "2021-04-04T11:11:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "6",
      "id_str" : "1378651498480061564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1378651498480061564",
      "created_at" : "Sun Apr 04 10:11:46 +0000 2021",
      "favorited" : false,
      "full_text" : "Hot take: a changelog is a love letter to the people upgrading your library. Write it like you care whether they have a good Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1379090180732833775"
          ],
          "editableUntil" : "2021-04-05T16:14:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1379090180732833775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1379090180732833775",
      "created_at" : "Mon Apr 05 15:14:56 +0000 2021",
      "favorited" : false,
      "full_text" : "Salt &amp; pepper, bread &amp; butter, tests &amp; docs. Some things just belong together and you should never ship one without the other.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1379570650841619394"
          ],
          "editableUntil" : "2021-04-07T00:04:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "4",
      "id_str" : "1379570650841619394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1379570650841619394",
      "created_at" : "Tue Apr 06 23:04:09 +0000 2021",
      "favorited" : false,
      "full_text" : "Made focaccia with rosemary from the plot and tomatoes from the plot and I am now insufferable about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1379877556450627200"
          ],
          "editableUntil" : "2021-04-07T20:23:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "7",
      "id_str" : "1379877556450627200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1379877556450627200",
      "created_at" : "Wed Apr 07 19:23:41 +0000 2021",
      "favorited" : false,
      "full_text" : "Thursday pub quiz: our team came second because nobody knew the capital of Burkina Faso. It is Ouagadougou. I will never forget it now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1380269904229590472"
          ],
          "editableUntil" : "2021-04-08T22:22:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "5",
      "id_str" : "1380269904229590472",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1380269904229590472",
      "created_at" : "Thu Apr 08 21:22:44 +0000 2021",
      "favorited" : false,
      "full_text" : "Finally merged the PR that makes sproutq workers shut down gracefully on SIGTERM. Jobs in flight get to finish, new ones stay in the queue. Kubernetes users, this one is for you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1381114901299869786"
          ],
          "editableUntil" : "2021-04-11T06:20:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "1381114901299869786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1381114901299869786",
      "created_at" : "Sun Apr 11 05:20:27 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @deltafern: Frost tonight, cover your dahlias!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1381702980468423412"
          ],
          "editableUntil" : "2021-04-12T21:17:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "8",
      "id_str" : "1381702980468423412",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1381702980468423412",
      "created_at" : "Mon Apr 12 20:17:16 +0000 2021",
      "favorited" : false,
      "full_text" : "Question for the bakers: do you cold retard your dough overnight or bake the same day? I keep switching and I can't tell which one I like more.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1382214425510213196"
          ],
          "editableUntil" : "2021-04-14T07:09:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "16"
      ],
      "favorite_count" : "1",
      "id_str" : "1382214425510213196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1382214425510213196",
      "created_at" : "Wed Apr 14 06:09:34 +0000 2021",
      "favorited" : false,
      "full_text" : "@tomas_bakes 😍😍😍",
      "lang" : "und",
      "in_reply_to_status_id_str" : "1382154782505694235",
      "in_reply_to_status_id" : "1382154782505694235",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1383037108876601253"
          ],
          "editableUntil" : "2021-04-16T13:38:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "5",
      "id_str" : "1383037108876601253",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1383037108876601253",
      "created_at" : "Fri Apr 16 12:38:37 +0000 2021",
      "favorited" : false,
      "full_text" : "Somebody asked why sproutq doesn't use threads for everything. Long answer coming in a blog post. Short answer: because I like sleeping at night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1383351119640231161"
          ],
          "editableUntil" : "2021-04-17T10:26:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "8",
      "id_str" : "1383351119640231161",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1383351119640231161",
      "created_at" : "Sat Apr 17 09:26:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Tomato update: the plants are taller than me now and they have produced exactly four tomatoes. Four. I have given them everything. Feed, water, pep talks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1383926439738840711"
          ],
          "editableUntil" : "2021-04-19T00:32:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "28",
              "38"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "3",
      "id_str" : "1383926439738840711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1383926439738840711",
      "created_at" : "Sun Apr 18 23:32:30 +0000 2021",
      "favorited" : false,
      "full_text" : "Neighbour on the next plot, @deltafern, gave me a bag of her rhubarb and a lecture about compost. Both were excellent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1384696870470338110"
          ],
          "editableUntil" : "2021-04-21T03:33:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "142"
      ],
      "favorite_count" : "4",
      "id_str" : "1384696870470338110",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1384696870470338110",
      "created_at" : "Wed Apr 21 02:33:55 +0000 2021",
      "favorited" : false,
      "full_text" : "@deltafern thank you for the rhubarb!! It became a crumble within the hour. I'll bring you a slice on Sunday if there is any left, no promises",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1384680261025109945",
      "in_reply_to_status_id" : "1384680261025109945",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1385024160396787455"
          ],
          "editableUntil" : "2021-04-22T01:14:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "7",
      "id_str" : "1385024160396787455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1385024160396787455",
      "created_at" : "Thu Apr 22 00:14:27 +0000 2021",
      "favorited" : false,
      "full_text" : "Three years of maintaining an open source project and the most common question is still \"is this project dead?\" Friend, I answered you within a day. We are alive. We are just quiet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1385462242866497377"
          ],
          "editableUntil" : "2021-04-23T06:15:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "6",
      "id_str" : "1385462242866497377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1385462242866497377",
      "created_at" : "Fri Apr 23 05:15:14 +0000 2021",
      "favorited" : false,
      "full_text" : "People ask how long sourdough takes. About 24 hours, of which 23 hours are waiting and one hour is wondering if you did it wrong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1386235043379431550"
          ],
          "editableUntil" : "2021-04-25T09:26:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "4",
      "id_str" : "1386235043379431550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1386235043379431550",
      "created_at" : "Sun Apr 25 08:26:04 +0000 2021",
      "favorited" : false,
      "full_text" : "Read three books on holiday and none of them were about software. I think this is how normal people feel all the time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1386558025761658943"
          ],
          "editableUntil" : "2021-04-26T06:49:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1386558025761658943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1386558025761658943",
      "created_at" : "Mon Apr 26 05:49:29 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @priya_docs: Documentation is a product. It needs owners, reviews and releases like everything else",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1386894203420830545"
          ],
          "editableUntil" : "2021-04-27T05:05:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "6",
      "id_str" : "1386894203420830545",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1386894203420830545",
      "created_at" : "Tue Apr 27 04:05:20 +0000 2021",
      "favorited" : false,
      "full_text" : "Code review tip I wish I had learned earlier: ask questions instead of giving orders. \"What happens if this list is empty?\" lands so much softer than \"handle the empty case\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1387235573628824475"
          ],
          "editableUntil" : "2021-04-28T03:41:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "0",
      "id_str" : "1387235573628824475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1387235573628824475",
      "created_at" : "Wed Apr 28 02:41:49 +0000 2021",
      "favorited" : false,
      "full_text" : "ha!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1387426229911435596"
          ],
          "editableUntil" : "2021-04-28T16:19:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "8",
      "id_str" : "1387426229911435596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1387426229911435596",
      "created_at" : "Wed Apr 28 15:19:25 +0000 2021",
      "favorited" : false,
      "full_text" : "Sat on an upturned bucket at the allotment this evening, watching the bees in the borage. Did not check my phone once. Highly recommend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1388230311541256202"
          ],
          "editableUntil" : "2021-04-30T21:34:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2cFHw8kH9u",
            "expanded_url" : "https://sproutq.dev/docs/",
            "display_url" : "sproutq.dev/docs/",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1388230311541256202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1388230311541256202",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 30 20:34:33 +0000 2021",
      "favorited" : false,
      "full_text" : "The docs site has a search box now! It only took us four years and one very kind volunteer named Priya. Go try it: https://t.co/2cFHw8kH9u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1389202173723416921"
          ],
          "editableUntil" : "2021-05-03T13:56:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "167"
      ],
      "favorite_count" : "3",
      "id_str" : "1389202173723416921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1389202173723416921",
      "created_at" : "Mon May 03 12:56:23 +0000 2021",
      "favorited" : false,
      "full_text" : "@priya_docs your search box pull request is the best thing that has happened to our docs in years. Thank you so much for sticking with it through all the review rounds",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1389135232630077516",
      "in_reply_to_status_id" : "1389135232630077516",
      "in_reply_to_user_id" : "8183845892",
      "in_reply_to_user_id_str" : "8183845892",
      "in_reply_to_screen_name" : "priya_docs"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1389492029489495154"
          ],
          "editableUntil" : "2021-05-04T09:08:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "id_str" : "1389492029489495154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1389492029489495154",
      "created_at" : "Tue May 04 08:08:10 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @priya_docs: The docs search is live! Type anything and it finds the page. Type \"cake\" and it finds the page about cake-based fixture names",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1389847173792458005"
          ],
          "editableUntil" : "2021-05-05T08:39:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "1",
      "id_str" : "1389847173792458005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1389847173792458005",
      "created_at" : "Wed May 05 07:39:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Kitchen is covered in flour, the oven timer is beeping, the cat is judging me, and there are three loaves cooling on the rack. Perfect Saturday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1390293498067036488"
          ],
          "editableUntil" : "2021-05-06T14:12:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "3",
      "id_str" : "1390293498067036488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1390293498067036488",
      "created_at" : "Thu May 06 13:12:55 +0000 2021",
      "favorited" : false,
      "full_text" : "Why do all the best conversations happen in the kitchen at parties? Five rooms, comfortable sofas, and everyone is standing next to the fridge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1390855840986090032"
          ],
          "editableUntil" : "2021-05-08T03:27:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "5",
      "id_str" : "1390855840986090032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1390855840986090032",
      "created_at" : "Sat May 08 02:27:28 +0000 2021",
      "favorited" : false,
      "full_text" : "I keep a text file called \"things I said I would do\". It has 47 lines. Some of them are from last spring. I am choosing to see it as a garden, not a graveyard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1391197802594522113"
          ],
          "editableUntil" : "2021-05-09T02:06:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "2",
      "id_str" : "1391197802594522113",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1391197802594522113",
      "created_at" : "Sun May 09 01:06:18 +0000 2021",
      "favorited" : false,
      "full_text" : "My compost heap is finally hot. Like, steaming in the morning hot. I have never been so proud of a pile of rotting vegetables.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1392098948806040737"
          ],
          "editableUntil" : "2021-05-11T13:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "1",
      "id_str" : "1392098948806040737",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1392098948806040737",
      "created_at" : "Tue May 11 12:47:08 +0000 2021",
      "favorited" : false,
      "full_text" : "Benchmarked the new serializer: 38% faster on small payloads, about the same on big ones, and 0% faster on the laptop I dropped in a puddle last week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1393113404144404362"
          ],
          "editableUntil" : "2021-05-14T08:58:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "21"
      ],
      "favorite_count" : "2",
      "id_str" : "1393113404144404362",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1393113404144404362",
      "created_at" : "Fri May 14 07:58:13 +0000 2021",
      "favorited" : false,
      "full_text" : "@deltafern yes please",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1393003681153796134",
      "in_reply_to_status_id" : "1393003681153796134",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1393931196955081276"
          ],
          "editableUntil" : "2021-05-16T15:07:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "1393931196955081276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1393931196955081276",
      "created_at" : "Sun May 16 14:07:50 +0000 2021",
      "favorited" : false,
      "full_text" : "My sister sent me a photo of her kids \"helping\" her bake. There is flour on the ceiling. I am so proud of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1394334307317659215"
          ],
          "editableUntil" : "2021-05-17T17:49:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1394334307317659215",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1394334307317659215",
      "created_at" : "Mon May 17 16:49:39 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @marisol_k: My sister baked my birthday cake and it is shaped like my dog. It looks nothing like my dog. I love it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1394620010724989394"
          ],
          "editableUntil" : "2021-05-18T12:44:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "142"
      ],
      "favorite_count" : "4",
      "id_str" : "1394620010724989394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1394620010724989394",
      "created_at" : "Tue May 18 11:44:56 +0000 2021",
      "favorited" : false,
      "full_text" : "@marisol_k happy birthday to my favourite sister!! (my only sister, but still). Cake is on its way, please keep it away from the dog this time",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1394484115275688285",
      "in_reply_to_status_id" : "1394484115275688285",
      "in_reply_to_user_id" : "6107106915",
      "in_reply_to_user_id_str" : "6107106915",
      "in_reply_to_screen_name" : "marisol_k"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1395525514819729055"
          ],
          "editableUntil" : "2021-05-21T00:43:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "id_str" : "1395525514819729055",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1395525514819729055",
      "created_at" : "Thu May 20 23:43:05 +0000 2021",
      "favorited" : false,
      "full_text" : "Dependency update day. Seventeen bumps, two breaking changes, one package that renamed itself for no reason I can find. Making more tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1396415776814341644"
          ],
          "editableUntil" : "2021-05-23T11:40:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "3",
      "id_str" : "1396415776814341644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1396415776814341644",
      "created_at" : "Sun May 23 10:40:40 +0000 2021",
      "favorited" : false,
      "full_text" : "Is there anything better than the smell of tomato leaves on your hands? Asking seriously. I think it might be my favourite smell in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1397336778865307278"
          ],
          "editableUntil" : "2021-05-26T00:40:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "138"
      ],
      "favorite_count" : "72",
      "id_str" : "1397336778865307278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1397336778865307278",
      "created_at" : "Tue May 25 23:40:24 +0000 2021",
      "favorited" : false,
      "full_text" : "@tomas_bakes taught me his trick for lamination and my croissants went from \"flat and greasy\" to \"actually croissants\". Thank you forever.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1397320672737589734",
      "in_reply_to_status_id" : "1397320672737589734",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1398186268033153853"
          ],
          "editableUntil" : "2021-05-28T08:55:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "3",
      "id_str" : "1398186268033153853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1398186268033153853",
      "created_at" : "Fri May 28 07:55:58 +0000 2021",
      "favorited" : false,
      "full_text" : "There is a special kind of joy when a user files a bug, then files the fix, then files a test for the fix. I would bake that person a cake if I knew where they lived.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1398565445696533780"
          ],
          "editableUntil" : "2021-05-29T10:02:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "6",
      "id_str" : "1398565445696533780",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1398565445696533780",
      "created_at" : "Sat May 29 09:02:41 +0000 2021",
      "favorited" : false,
      "full_text" : "Opinion: the best meetings are the ones that become an email. The second best are the ones with cake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1399128229018052647"
          ],
          "editableUntil" : "2021-05-30T23:18:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "7",
      "id_str" : "1399128229018052647",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1399128229018052647",
      "created_at" : "Sun May 30 22:18:59 +0000 2021",
      "favorited" : false,
      "full_text" : "Rainy evening, tea, a blanket, the cat, and a mystery novel where I already know who did it. Perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1399945594012672629"
          ],
          "editableUntil" : "2021-06-02T05:26:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "1",
      "id_str" : "1399945594012672629",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1399945594012672629",
      "created_at" : "Wed Jun 02 04:26:54 +0000 2021",
      "favorited" : false,
      "full_text" : "Reading old code I wrote in 2018 and leaving it comments like a disappointed teacher. \"Why?\" \"What is this for?\" \"Please see me after class.\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1400423568507078386"
          ],
          "editableUntil" : "2021-06-03T13:06:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/X43oOV7j1e",
            "expanded_url" : "https://kettle.dev/posts/cron-to-queue",
            "display_url" : "kettle.dev/posts/cron-to-…",
            "indices" : [
              "7",
              "30"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "1400423568507078386",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1400423568507078386",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 03 12:06:12 +0000 2021",
      "favorited" : false,
      "full_text" : "this 👇 https://t.co/X43oOV7j1e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1400687864183214820"
          ],
          "editableUntil" : "2021-06-04T06:36:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/iX9Je3pvTW",
            "expanded_url" : "https://kettle.dev/posts/cron-to-queue",
            "display_url" : "kettle.dev/posts/cron-to-…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "1400687864183214820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1400687864183214820",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 04 05:36:25 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Wrote up how we moved our background jobs from cron scripts to a proper queue and lived to tell the tale https://t.co/iX9Je3pvTW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1401276434088073728"
          ],
          "editableUntil" : "2021-06-05T21:35:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "160"
      ],
      "favorite_count" : "1",
      "id_str" : "1401276434088073728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1401276434088073728",
      "created_at" : "Sat Jun 05 20:35:11 +0000 2021",
      "favorited" : false,
      "full_text" : "@kettle_dev not a silly question at all. The short version is that sproutq stores the job before it acks the message, so a crash means a retry, never a lost job",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1401139783662336969",
      "in_reply_to_status_id" : "1401139783662336969",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1401443921035298173"
          ],
          "editableUntil" : "2021-06-06T08:40:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "2",
      "id_str" : "1401443921035298173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1401443921035298173",
      "created_at" : "Sun Jun 06 07:40:43 +0000 2021",
      "favorited" : false,
      "full_text" : "Rule for my own projects: if I have to explain it in the pull request, it belongs in a code comment. The next person reading the code will never find the pull request.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1402402260778844631"
          ],
          "editableUntil" : "2021-06-09T00:08:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "4",
      "id_str" : "1402402260778844631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1402402260778844631",
      "created_at" : "Tue Jun 08 23:08:49 +0000 2021",
      "favorited" : false,
      "full_text" : "Tried a new rye recipe. It tastes wonderful and looks like a small brown asteroid. Sometimes that is the deal you make.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1402761372891143394"
          ],
          "editableUntil" : "2021-06-09T23:55:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1402761372891143394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1402761372891143394",
      "created_at" : "Wed Jun 09 22:55:48 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @tomas_bakes: Rye bread is ugly and delicious and that's its whole thing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1403436362236079317"
          ],
          "editableUntil" : "2021-06-11T20:37:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "3",
      "id_str" : "1403436362236079317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1403436362236079317",
      "created_at" : "Fri Jun 11 19:37:58 +0000 2021",
      "favorited" : false,
      "full_text" : "Planted wildflowers along the edge of the plot and now it is full of butterflies. I did nothing clever. I just stopped mowing a strip. Nature does the rest.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1404165525209272173"
          ],
          "editableUntil" : "2021-06-13T20:55:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1404165525209272173",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1404165525209272173",
      "created_at" : "Sun Jun 13 19:55:24 +0000 2021",
      "favorited" : false,
      "full_text" : "A programmer walks into a garden centre and asks for the latest stable release of basil.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1404691461571354082"
          ],
          "editableUntil" : "2021-06-15T07:45:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "4",
      "id_str" : "1404691461571354082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1404691461571354082",
      "created_at" : "Tue Jun 15 06:45:17 +0000 2021",
      "favorited" : false,
      "full_text" : "Pinned the flaky test to a single worker and it stopped being flaky. Which means it was never flaky. It was a race condition wearing a fake moustache.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1405362671845272146"
          ],
          "editableUntil" : "2021-06-17T04:12:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "46",
      "id_str" : "1405362671845272146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1405362671845272146",
      "created_at" : "Thu Jun 17 03:12:26 +0000 2021",
      "favorited" : false,
      "full_text" : "Tried to fix the dripping tap myself. Now it drips faster and also makes a noise. Calling someone tomorrow who knows what they are doing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1405622001465973723"
          ],
          "editableUntil" : "2021-06-17T21:22:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "100DaysOfCode",
            "indices" : [
              "0",
              "14"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "7",
      "id_str" : "1405622001465973723",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1405622001465973723",
      "created_at" : "Thu Jun 17 20:22:55 +0000 2021",
      "favorited" : false,
      "full_text" : "#100DaysOfCode day 1: I am going to write a small tool that tells me when to water the plot based on the weather forecast. Let's see how far I get before the tomatoes die.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1406668543229673721"
          ],
          "editableUntil" : "2021-06-20T18:41:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "3",
      "id_str" : "1406668543229673721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1406668543229673721",
      "created_at" : "Sun Jun 20 17:41:30 +0000 2021",
      "favorited" : false,
      "full_text" : "Tonight's side quest: teaching the release script to write the changelog draft from merged PR titles. Tomorrow's side quest: rewriting all our PR titles so they make sense.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1407178595762097884"
          ],
          "editableUntil" : "2021-06-22T04:28:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1407178595762097884",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1407178595762097884",
      "created_at" : "Tue Jun 22 03:28:16 +0000 2021",
      "favorited" : false,
      "full_text" : "Gave a jar of Gerald to a friend. She asked if it needed a name. I said it already has one: Gerald Junior. Lineage matters.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1407936393249194531"
          ],
          "editableUntil" : "2021-06-24T06:39:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "23"
      ],
      "favorite_count" : "41",
      "id_str" : "1407936393249194531",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1407936393249194531",
      "created_at" : "Thu Jun 24 05:39:29 +0000 2021",
      "favorited" : false,
      "full_text" : "@marisol_k love you too",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1407932366714715476",
      "in_reply_to_status_id" : "1407932366714715476",
      "in_reply_to_user_id" : "6107106915",
      "in_reply_to_user_id_str" : "6107106915",
      "in_reply_to_screen_name" : "marisol_k"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1408466326780645243"
          ],
          "editableUntil" : "2021-06-25T17:45:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "100DaysOfCode",
            "indices" : [
              "0",
              "14"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "id_str" : "1408466326780645243",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1408466326780645243",
      "created_at" : "Fri Jun 25 16:45:15 +0000 2021",
      "favorited" : false,
      "full_text" : "#100DaysOfCode day 12: the watering tool now knows it rained. It does not yet know that the rain went sideways and missed the plot entirely. Weather is hard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1409286548095159706"
          ],
          "editableUntil" : "2021-06-28T00:04:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "4",
      "id_str" : "1409286548095159706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1409286548095159706",
      "created_at" : "Sun Jun 27 23:04:31 +0000 2021",
      "favorited" : false,
      "full_text" : "Harvested: 2kg of beans, 6 courgettes, one heroic cucumber. Made: a very green dinner. Learned: you can, in fact, have too many courgettes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1410215393493471543"
          ],
          "editableUntil" : "2021-06-30T13:35:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "47",
      "id_str" : "1410215393493471543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1410215393493471543",
      "created_at" : "Wed Jun 30 12:35:25 +0000 2021",
      "favorited" : false,
      "full_text" : "The squash has escaped its bed and is now heading for the path. I am not stopping it. I respect its ambition.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1410942455117968085"
          ],
          "editableUntil" : "2021-07-02T13:44:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1410942455117968085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1410942455117968085",
      "created_at" : "Fri Jul 02 12:44:30 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @deltafern: Plot 14 has the best squash on the whole site this year and I'm only a little bit jealous",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1411278746024438724"
          ],
          "editableUntil" : "2021-07-03T12:00:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "7",
      "id_str" : "1411278746024438724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1411278746024438724",
      "created_at" : "Sat Jul 03 11:00:48 +0000 2021",
      "favorited" : false,
      "full_text" : "People underestimate how much of maintenance is just being a calm voice in a loud thread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1412265439262315302"
          ],
          "editableUntil" : "2021-07-06T05:21:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "8",
      "id_str" : "1412265439262315302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1412265439262315302",
      "created_at" : "Tue Jul 06 04:21:34 +0000 2021",
      "favorited" : false,
      "full_text" : "My tomato plants and my side projects have the same problem: I start too many in spring and then act surprised in August.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1412440052332801988"
          ],
          "editableUntil" : "2021-07-06T16:55:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "3",
      "id_str" : "1412440052332801988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1412440052332801988",
      "created_at" : "Tue Jul 06 15:55:25 +0000 2021",
      "favorited" : false,
      "full_text" : "Walked the long way home along the canal today just because the light was nice. There were herons. There are always herons. I love them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1413029486262569331"
          ],
          "editableUntil" : "2021-07-08T07:57:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "100DaysOfCode",
            "indices" : [
              "0",
              "14"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "71",
      "id_str" : "1413029486262569331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1413029486262569331",
      "created_at" : "Thu Jul 08 06:57:37 +0000 2021",
      "favorited" : false,
      "full_text" : "#100DaysOfCode day 30: the watering tool works! It sent me a message saying \"water the beans\" and I did and the beans are fine. Technology.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1413976451055547728"
          ],
          "editableUntil" : "2021-07-10T22:40:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "id_str" : "1413976451055547728",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1413976451055547728",
      "created_at" : "Sat Jul 10 21:40:31 +0000 2021",
      "favorited" : false,
      "full_text" : "Idempotency is the vegetable of distributed systems. Nobody wants it on their plate, everybody is healthier for it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1414209494974004375"
          ],
          "editableUntil" : "2021-07-11T14:06:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "id_str" : "1414209494974004375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1414209494974004375",
      "created_at" : "Sun Jul 11 13:06:33 +0000 2021",
      "favorited" : false,
      "full_text" : "If your job can run twice, it will run twice. If it cannot run twice, it will still run twice, but on a Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1414737734008088094"
          ],
          "editableUntil" : "2021-07-13T01:05:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "158"
      ],
      "favorite_count" : "5",
      "id_str" : "1414737734008088094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1414737734008088094",
      "created_at" : "Tue Jul 13 00:05:35 +0000 2021",
      "favorited" : false,
      "full_text" : "@kettle_dev ooh I had the same problem last year, it was the connection pool being shared across forks. Try creating it after the fork and see if it goes away",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1414661229900892882",
      "in_reply_to_status_id" : "1414661229900892882",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1415713454947339820"
          ],
          "editableUntil" : "2021-07-15T17:42:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "1",
      "id_str" : "1415713454947339820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1415713454947339820",
      "created_at" : "Thu Jul 15 16:42:45 +0000 2021",
      "favorited" : false,
      "full_text" : "Gerald lives.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1416181262451087389"
          ],
          "editableUntil" : "2021-07-17T00:41:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "7",
      "id_str" : "1416181262451087389",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1416181262451087389",
      "created_at" : "Fri Jul 16 23:41:39 +0000 2021",
      "favorited" : false,
      "full_text" : "My banana bread recipe has been tested on 40 people over 5 years and the verdict is unanimous: more chocolate. Always more chocolate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1416813767685777918"
          ],
          "editableUntil" : "2021-07-18T18:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "5",
      "id_str" : "1416813767685777918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1416813767685777918",
      "created_at" : "Sun Jul 18 17:35:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Spent the morning making our error messages say what to do next instead of just what went wrong. \"Connection refused\" became \"Could not reach Redis at localhost:6379. Is it running?\" Small thing, big difference.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1417645154239025848"
          ],
          "editableUntil" : "2021-07-21T01:38:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "id_str" : "1417645154239025848",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1417645154239025848",
      "created_at" : "Wed Jul 21 00:38:38 +0000 2021",
      "favorited" : false,
      "full_text" : "Biscuit caught a moth and brought it to me like a gift. It flew away. She looked at me as if it was my fault. It probably was.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1418520241242717403"
          ],
          "editableUntil" : "2021-07-23T11:35:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1418520241242717403",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1418520241242717403",
      "created_at" : "Fri Jul 23 10:35:55 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @oakmoss_dev: Your error messages are part of your user interface",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1419445936715720093"
          ],
          "editableUntil" : "2021-07-26T00:54:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CiMR1lDyzL",
            "expanded_url" : "https://junipers.garden/talks/queues-fail",
            "display_url" : "junipers.garden/talks/que…",
            "indices" : [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "0",
      "id_str" : "1419445936715720093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1419445936715720093",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 25 23:54:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Gave a short talk at the local Python meetup about how queues fail. Slides here, with extra pictures of my tomatoes for no reason: https://t.co/CiMR1lDyzL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1420126567399005043"
          ],
          "editableUntil" : "2021-07-27T21:58:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "PyCafé meetup",
            "screen_name" : "pycafe_meetup",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "8005359945",
            "id" : "8005359945"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NCo8yRntPX",
            "expanded_url" : "https://pycafe.example/meetups/42",
            "display_url" : "pycafe.example/meetups/42",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1420126567399005043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1420126567399005043",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 27 20:58:53 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @pycafe_meetup: Thank you to everyone who came last night! Slides from all three talks are now online https://t.co/NCo8yRntPX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1421117534631873691"
          ],
          "editableUntil" : "2021-07-30T15:36:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "PyCafé meetup",
            "screen_name" : "pycafe_meetup",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "8005359945",
            "id" : "8005359945"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "143"
      ],
      "favorite_count" : "7",
      "id_str" : "1421117534631873691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1421117534631873691",
      "created_at" : "Fri Jul 30 14:36:38 +0000 2021",
      "favorited" : false,
      "full_text" : "@pycafe_meetup thank you for having me! Lovely crowd, great questions, and nobody asked me about timezones, which I consider a personal victory",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1421031467516334457",
      "in_reply_to_status_id" : "1421031467516334457",
      "in_reply_to_user_id" : "8005359945",
      "in_reply_to_user_id_str" : "8005359945",
      "in_reply_to_screen_name" : "pycafe_meetup"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1421658079755471279"
          ],
          "editableUntil" : "2021-08-01T03:24:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "8",
      "id_str" : "1421658079755471279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1421658079755471279",
      "created_at" : "Sun Aug 01 02:24:34 +0000 2021",
      "favorited" : false,
      "full_text" : "Asked the cat for code review. She sat on the keyboard and deleted a function. Honestly, it was the right call.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1422242614736522597"
          ],
          "editableUntil" : "2021-08-02T18:07:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "id_str" : "1422242614736522597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1422242614736522597",
      "created_at" : "Mon Aug 02 17:07:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Frost warning tonight so I rushed to the plot after work with old bedsheets to cover the dahlias. They look like tiny ghosts. Spooky season came early.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1423130414676920988"
          ],
          "editableUntil" : "2021-08-05T04:55:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "2",
      "id_str" : "1423130414676920988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1423130414676920988",
      "created_at" : "Thu Aug 05 03:55:06 +0000 2021",
      "favorited" : false,
      "full_text" : "Lemon drizzle cake for my sister's birthday. She said it was the best one I have ever made and I am choosing to believe her even though she says that every year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1424147847970456541"
          ],
          "editableUntil" : "2021-08-08T00:18:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "90"
      ],
      "favorite_count" : "46",
      "id_str" : "1424147847970456541",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1424147847970456541",
      "created_at" : "Sat Aug 07 23:18:01 +0000 2021",
      "favorited" : false,
      "full_text" : "@sproutq we really need to update the logo on here, it still has the old colours from 2019",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1424035356734584933",
      "in_reply_to_status_id" : "1424035356734584933",
      "in_reply_to_user_id" : "9069453261",
      "in_reply_to_user_id_str" : "9069453261",
      "in_reply_to_screen_name" : "sproutq"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1424685457081160981"
          ],
          "editableUntil" : "2021-08-09T11:54:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "6",
      "id_str" : "1424685457081160981",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1424685457081160981",
      "created_at" : "Mon Aug 09 10:54:17 +0000 2021",
      "favorited" : false,
      "full_text" : "Wrote a migration guide for the 1.0 release and realised half of it is apologising for decisions I made at 2am in 2020.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1424928600883199053"
          ],
          "editableUntil" : "2021-08-10T04:00:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "6",
      "id_str" : "1424928600883199053",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1424928600883199053",
      "created_at" : "Tue Aug 10 03:00:27 +0000 2021",
      "favorited" : false,
      "full_text" : "Planted garlic today, in the rain, in November, because the old man on plot 9 says that is how it is done and he has the best garlic in the county.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1425949670635732116"
          ],
          "editableUntil" : "2021-08-12T23:37:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Harold on plot 9",
            "screen_name" : "plot9_harold",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "4717495964",
            "id" : "4717495964"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1425949670635732116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1425949670635732116",
      "created_at" : "Thu Aug 12 22:37:49 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @plot9_harold: Garlic goes in the ground on the shortest day and comes out on the longest. That's all there is to it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1426115500835845169"
          ],
          "editableUntil" : "2021-08-13T10:36:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "4",
      "id_str" : "1426115500835845169",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1426115500835845169",
      "created_at" : "Fri Aug 13 09:36:46 +0000 2021",
      "favorited" : false,
      "full_text" : "What is a small thing that made your week better? Mine was a stranger holding the door at the bakery while I juggled three loaves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1426956123241981026"
          ],
          "editableUntil" : "2021-08-15T18:17:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "python",
            "indices" : [
              "187",
              "194"
            ]
          },
          {
            "text" : "opensource",
            "indices" : [
              "195",
              "206"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qTmKmMqRgo",
            "expanded_url" : "https://sproutq.dev/blog/one-point-oh",
            "display_url" : "sproutq.dev/blog/one-poin…",
            "indices" : [
              "207",
              "230"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "230"
      ],
      "favorite_count" : "4",
      "id_str" : "1426956123241981026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1426956123241981026",
      "possibly_sensitive" : false,
      "created_at" : "Sun Aug 15 17:17:06 +0000 2021",
      "favorited" : false,
      "full_text" : "sproutq 1.0 is out! 🎉 Stable API, typed everywhere, graceful shutdown, and retries that don't stampede. Thank you to every single person who filed an issue, fixed a typo or just said hi. #python #opensource https://t.co/qTmKmMqRgo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1427355081243309994"
          ],
          "editableUntil" : "2021-08-16T20:42:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6YFneZw6rA",
            "expanded_url" : "https://sproutq.dev/blog/one-point-oh",
            "display_url" : "sproutq.dev/blog/one-poin…",
            "indices" : [
              "91",
              "114"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1427355081243309994",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1427355081243309994",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 16 19:42:25 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @sproutq: sproutq 1.0 is here 🎉 Stable API, type hints, graceful shutdown and much more https://t.co/6YFneZw6rA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1428038345950065845"
          ],
          "editableUntil" : "2021-08-18T17:57:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "1428038345950065845",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1428038345950065845",
      "created_at" : "Wed Aug 18 16:57:28 +0000 2021",
      "favorited" : false,
      "full_text" : "@kettle_dev congrats!!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1427957815310947707",
      "in_reply_to_status_id" : "1427957815310947707",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1429070945844491076"
          ],
          "editableUntil" : "2021-08-21T14:20:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "1429070945844491076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1429070945844491076",
      "created_at" : "Sat Aug 21 13:20:39 +0000 2021",
      "favorited" : false,
      "full_text" : "@oakmoss_dev thanks for the kind words about the release! It was a long one. Glad the migration guide helped",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1428943103458365579",
      "in_reply_to_status_id" : "1428943103458365579",
      "in_reply_to_user_id" : "4445160425",
      "in_reply_to_user_id_str" : "4445160425",
      "in_reply_to_screen_name" : "oakmoss_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1429431005872656121"
          ],
          "editableUntil" : "2021-08-22T14:11:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "2",
      "id_str" : "1429431005872656121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1429431005872656121",
      "created_at" : "Sun Aug 22 13:11:24 +0000 2021",
      "favorited" : false,
      "full_text" : "Day after a major release: inbox full, three bugs already, one of them mine, one of them a feature, and one of them is someone asking if we support COBOL. We do not support COBOL.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1430472715795692173"
          ],
          "editableUntil" : "2021-08-25T11:10:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "2",
      "id_str" : "1430472715795692173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1430472715795692173",
      "created_at" : "Wed Aug 25 10:10:47 +0000 2021",
      "favorited" : false,
      "full_text" : "Patch release 1.0.1 is out. If you use custom serializers, please upgrade: I broke them in a way that only shows up on Tuesdays. I am not joking, it was a date parsing thing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1431080369780247659"
          ],
          "editableUntil" : "2021-08-27T03:25:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "5",
      "id_str" : "1431080369780247659",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1431080369780247659",
      "created_at" : "Fri Aug 27 02:25:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Winter at the allotment is quiet and grey and I still go every Sunday to turn the compost and drink tea from a flask. It is my church.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1431825659854022206"
          ],
          "editableUntil" : "2021-08-29T04:46:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "id_str" : "1431825659854022206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1431825659854022206",
      "created_at" : "Sun Aug 29 03:46:54 +0000 2021",
      "favorited" : false,
      "full_text" : "I love when a bug report starts with \"this is probably my fault but\". It almost never is their fault. It is usually mine. But I appreciate the manners.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1432556320192412333"
          ],
          "editableUntil" : "2021-08-31T05:10:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "8",
      "id_str" : "1432556320192412333",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1432556320192412333",
      "created_at" : "Tue Aug 31 04:10:17 +0000 2021",
      "favorited" : false,
      "full_text" : "There is a bakery near the station that sells one perfect almond croissant a day, I swear. If you are not there at 7:40 you are getting a plain one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1433488026107902297"
          ],
          "editableUntil" : "2021-09-02T18:52:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "6",
      "id_str" : "1433488026107902297",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1433488026107902297",
      "created_at" : "Thu Sep 02 17:52:33 +0000 2021",
      "favorited" : false,
      "full_text" : "oh no",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1434123551244159596"
          ],
          "editableUntil" : "2021-09-04T12:57:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "8",
      "id_str" : "1434123551244159596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1434123551244159596",
      "created_at" : "Sat Sep 04 11:57:54 +0000 2021",
      "favorited" : false,
      "full_text" : "Learning to knit. I have made one scarf. It is wider at one end than the other and has a hole that I am calling a feature.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1434935174234100996"
          ],
          "editableUntil" : "2021-09-06T18:43:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "6",
      "id_str" : "1434935174234100996",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1434935174234100996",
      "created_at" : "Mon Sep 06 17:43:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Typing a library after the fact is like labelling every jar in the pantry after five years of guessing. Tedious, humbling and you find some very strange things at the back.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1435407306061331569"
          ],
          "editableUntil" : "2021-09-08T01:59:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "7",
      "id_str" : "1435407306061331569",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1435407306061331569",
      "created_at" : "Wed Sep 08 00:59:05 +0000 2021",
      "favorited" : false,
      "full_text" : "I don't trust any recipe that says \"5 minutes prep\". Nothing has ever taken five minutes. Putting on my shoes takes five minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1435878007636849667"
          ],
          "editableUntil" : "2021-09-09T09:09:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1435878007636849667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1435878007636849667",
      "created_at" : "Thu Sep 09 08:09:29 +0000 2021",
      "favorited" : false,
      "full_text" : "Our mypy errors went from 212 to 0 this week. I would like a small parade. Or a biscuit. A biscuit will do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1436894388156163011"
          ],
          "editableUntil" : "2021-09-12T04:28:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "1436894388156163011",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1436894388156163011",
      "created_at" : "Sun Sep 12 03:28:13 +0000 2021",
      "favorited" : false,
      "full_text" : "Made scones and my grandmother's voice in my head said \"don't overwork the dough\" about fifteen times. She was right. They were light as clouds.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1437124105993881448"
          ],
          "editableUntil" : "2021-09-12T19:41:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "6",
      "id_str" : "1437124105993881448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1437124105993881448",
      "created_at" : "Sun Sep 12 18:41:02 +0000 2021",
      "favorited" : false,
      "full_text" : "Seed catalogues arrived and I have circled everything. My plot is 10 metres by 5. My ambitions are the size of a small farm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1437659194324675321"
          ],
          "editableUntil" : "2021-09-14T07:07:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "152"
      ],
      "favorite_count" : "69",
      "id_str" : "1437659194324675321",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1437659194324675321",
      "created_at" : "Tue Sep 14 06:07:17 +0000 2021",
      "favorited" : false,
      "full_text" : "@rin_codes I think the timeout should default to 30 seconds and be easy to change. Nobody reads defaults until they bite, so let's make them bite gently",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1437575895449265455",
      "in_reply_to_status_id" : "1437575895449265455",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1438027835898726343"
          ],
          "editableUntil" : "2021-09-15T07:32:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1438027835898726343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1438027835898726343",
      "created_at" : "Wed Sep 15 06:32:08 +0000 2021",
      "favorited" : false,
      "full_text" : "The three stages of debugging: this cannot happen, this should not happen, oh, that is why it happens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1439000453053478630"
          ],
          "editableUntil" : "2021-09-17T23:56:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "6",
      "id_str" : "1439000453053478630",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1439000453053478630",
      "created_at" : "Fri Sep 17 22:56:58 +0000 2021",
      "favorited" : false,
      "full_text" : "Learned something about Python today: a default argument is evaluated once, when the function is defined. I knew this. I have known it for ten years. It still got me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1439398198899914382"
          ],
          "editableUntil" : "2021-09-19T02:17:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "8",
      "id_str" : "1439398198899914382",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1439398198899914382",
      "created_at" : "Sun Sep 19 01:17:28 +0000 2021",
      "favorited" : false,
      "full_text" : "Moved my desk to face the window and I now spend a concerning amount of time watching pigeons. Productivity down 10%, happiness up 40%.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1439758078575457512"
          ],
          "editableUntil" : "2021-09-20T02:07:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1439758078575457512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1439758078575457512",
      "created_at" : "Mon Sep 20 01:07:30 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @oakmoss_dev: Small libraries with careful maintainers are the backbone of the whole internet and they deserve more thanks than they get",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1440015235546267515"
          ],
          "editableUntil" : "2021-09-20T19:09:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "70",
      "id_str" : "1440015235546267515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1440015235546267515",
      "created_at" : "Mon Sep 20 18:09:21 +0000 2021",
      "favorited" : false,
      "full_text" : "Open source funding update: we got our first monthly sponsor! It covers exactly one fancy coffee a month and I have never been prouder of a coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1440335374189439994"
          ],
          "editableUntil" : "2021-09-21T16:21:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1440335374189439994",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1440335374189439994",
      "created_at" : "Tue Sep 21 15:21:28 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @sproutq: Thank you to our new sponsors! Every bit helps us spend more time on reviews and less time worrying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1440881590006773860"
          ],
          "editableUntil" : "2021-09-23T04:31:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "4",
      "id_str" : "1440881590006773860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1440881590006773860",
      "created_at" : "Thu Sep 23 03:31:56 +0000 2021",
      "favorited" : false,
      "full_text" : "Bread tip: if your loaf spreads out flat in the oven, your dough needs more strength. Stretch and fold every half hour during the first two hours of rising. It is like a gym for gluten.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1441748133214543446"
          ],
          "editableUntil" : "2021-09-25T13:55:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "8",
      "id_str" : "1441748133214543446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1441748133214543446",
      "created_at" : "Sat Sep 25 12:55:16 +0000 2021",
      "favorited" : false,
      "full_text" : "Why is it that the plant you ignore thrives and the plant you pamper sulks? My cactus on the bathroom shelf has not been watered since April and it is flowering.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1442627544546389351"
          ],
          "editableUntil" : "2021-09-28T00:09:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6DHSn6NoxZ",
            "expanded_url" : "https://sproutq.dev/security/advisory-1",
            "display_url" : "sproutq.dev/security/advi…",
            "indices" : [
              "195",
              "218"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "44",
      "id_str" : "1442627544546389351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1442627544546389351",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 27 23:09:44 +0000 2021",
      "favorited" : false,
      "full_text" : "Security report came in today, our first ever. Handled it privately, patched, released, credited the reporter. Felt very grown up. Please update to 1.2.3 if you accept jobs from untrusted input. https://t.co/6DHSn6NoxZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1443444259423172009"
          ],
          "editableUntil" : "2021-09-30T06:15:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6CxHdKfrHQ",
            "expanded_url" : "https://sproutq.dev/security/advisory-1",
            "display_url" : "sproutq.dev/security/advi…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "0",
      "id_str" : "1443444259423172009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1443444259423172009",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 30 05:15:04 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @sproutq: Security release 1.2.3 is out. Please upgrade if you process jobs from untrusted sources. Details in the advisory https://t.co/6CxHdKfrHQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1444296462304179063"
          ],
          "editableUntil" : "2021-10-02T14:41:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "5",
      "id_str" : "1444296462304179063",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1444296462304179063",
      "created_at" : "Sat Oct 02 13:41:25 +0000 2021",
      "favorited" : false,
      "full_text" : "Writing a SECURITY.md file should be step one for every project, not step forty. People want to tell you about problems. Give them a door.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1444906221828161468"
          ],
          "editableUntil" : "2021-10-04T07:04:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "4",
      "id_str" : "1444906221828161468",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1444906221828161468",
      "created_at" : "Mon Oct 04 06:04:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Rewrote the retry docs three times. First version was correct and unreadable. Second was readable and wrong. Third one is both, I hope. Please tell me if it isn't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1445239010489406485"
          ],
          "editableUntil" : "2021-10-05T05:06:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "allotmentlife",
            "indices" : [
              "0",
              "14"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ee4kBx16hq",
            "expanded_url" : "https://junipers.garden/photos/squash",
            "display_url" : "junipers.garden/photos/sq…",
            "indices" : [
              "15",
              "38"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1445239010489406485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1445239010489406485",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 05 04:06:46 +0000 2021",
      "favorited" : false,
      "full_text" : "#allotmentlife https://t.co/Ee4kBx16hq",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1446208259619443269"
          ],
          "editableUntil" : "2021-10-07T21:18:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1446208259619443269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1446208259619443269",
      "created_at" : "Thu Oct 07 20:18:13 +0000 2021",
      "favorited" : false,
      "full_text" : "A robin followed me around the plot all morning, waiting for me to dig up worms. I have never felt more useful to nature.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1446846787875849886"
          ],
          "editableUntil" : "2021-10-09T15:35:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1446846787875849886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1446846787875849886",
      "created_at" : "Sat Oct 09 14:35:30 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @deltafern: Robins are just tiny gardeners who are really into worms",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1447044985520529668"
          ],
          "editableUntil" : "2021-10-10T04:43:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "7",
      "id_str" : "1447044985520529668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1447044985520529668",
      "created_at" : "Sun Oct 10 03:43:04 +0000 2021",
      "favorited" : false,
      "full_text" : "Hot cross buns are the only thing I bake that I cannot share. I make twelve and I eat twelve over three days and I feel no regret.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1447276574013943444"
          ],
          "editableUntil" : "2021-10-10T20:03:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "5",
      "id_str" : "1447276574013943444",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1447276574013943444",
      "created_at" : "Sun Oct 10 19:03:19 +0000 2021",
      "favorited" : false,
      "full_text" : "Question for library maintainers: how do you handle feature requests that are good ideas but not for your project? I have started keeping a list of \"great plugins somebody should write\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1447900606758660543"
          ],
          "editableUntil" : "2021-10-12T13:23:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "7",
      "id_str" : "1447900606758660543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1447900606758660543",
      "created_at" : "Tue Oct 12 12:23:00 +0000 2021",
      "favorited" : false,
      "full_text" : "The first warm evening of the year. Everyone in the street has opened their windows. Somebody is playing the trumpet badly. It's wonderful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1448913812193271926"
          ],
          "editableUntil" : "2021-10-15T08:29:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "6",
      "id_str" : "1448913812193271926",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1448913812193271926",
      "created_at" : "Fri Oct 15 07:29:07 +0000 2021",
      "favorited" : false,
      "full_text" : "A reminder that \"works on my machine\" is a valid first step of debugging. It tells you the difference is the machine. Now go find the difference.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1449389223969234450"
          ],
          "editableUntil" : "2021-10-16T15:58:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "162"
      ],
      "favorite_count" : "40",
      "id_str" : "1449389223969234450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1449389223969234450",
      "created_at" : "Sat Oct 16 14:58:14 +0000 2021",
      "favorited" : false,
      "full_text" : "@kettle_dev good luck with the talk tomorrow! You're going to be great, and if anyone asks a hard question just say \"that's a great question\" and drink some water",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1449365568094219468",
      "in_reply_to_status_id" : "1449365568094219468",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1450208484785307406"
          ],
          "editableUntil" : "2021-10-18T22:13:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1450208484785307406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1450208484785307406",
      "created_at" : "Mon Oct 18 21:13:41 +0000 2021",
      "favorited" : false,
      "full_text" : "Every time I think I understand asyncio cancellation, I write a test and asyncio politely shows me the door.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1450820819614770244"
          ],
          "editableUntil" : "2021-10-20T14:46:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "6",
      "id_str" : "1450820819614770244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1450820819614770244",
      "created_at" : "Wed Oct 20 13:46:53 +0000 2021",
      "favorited" : false,
      "full_text" : "Started a spreadsheet of when I planted what and how it did. Yes, I turned my hobby into a database. No, I do not want to talk about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1451019470239486477"
          ],
          "editableUntil" : "2021-10-21T03:56:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "13"
      ],
      "favorite_count" : "0",
      "id_str" : "1451019470239486477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1451019470239486477",
      "created_at" : "Thu Oct 21 02:56:15 +0000 2021",
      "favorited" : false,
      "full_text" : "@rin_codes 🎉🎉",
      "lang" : "und",
      "in_reply_to_status_id_str" : "1450970648541193065",
      "in_reply_to_status_id" : "1450970648541193065",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1451587701962613620"
          ],
          "editableUntil" : "2021-10-22T17:34:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "id_str" : "1451587701962613620",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1451587701962613620",
      "created_at" : "Fri Oct 22 16:34:12 +0000 2021",
      "favorited" : false,
      "full_text" : "Opinion: every team should have a shared calendar event called \"nothing\". An hour a week where you just think. Revolutionary, I know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1452462138851336793"
          ],
          "editableUntil" : "2021-10-25T03:28:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "id_str" : "1452462138851336793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1452462138851336793",
      "created_at" : "Mon Oct 25 02:28:54 +0000 2021",
      "favorited" : false,
      "full_text" : "Drafting the roadmap for next year. It has three items. Last year's had twelve and we finished four. I am learning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1453318557005971646"
          ],
          "editableUntil" : "2021-10-27T12:12:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "4",
      "id_str" : "1453318557005971646",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1453318557005971646",
      "created_at" : "Wed Oct 27 11:12:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Knock knock.\nWho's there?\nA retry.\nA retry who?\nKnock knock.\nWho's there?\nA retry...",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1454053675891091318"
          ],
          "editableUntil" : "2021-10-29T12:53:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "8",
      "id_str" : "1454053675891091318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1454053675891091318",
      "created_at" : "Fri Oct 29 11:53:06 +0000 2021",
      "favorited" : false,
      "full_text" : "Started going to a Saturday morning swim. I am the slowest person in the slow lane. Nobody cares. That is the best part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1454534171163352981"
          ],
          "editableUntil" : "2021-10-30T20:42:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "4",
      "id_str" : "1454534171163352981",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1454534171163352981",
      "created_at" : "Sat Oct 30 19:42:25 +0000 2021",
      "favorited" : false,
      "full_text" : "When a stranger on the internet fixes a bug in your code at 3am their time, for free, and says thanks for the library: that is the whole reason I do this.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1455147705566085285"
          ],
          "editableUntil" : "2021-11-01T13:20:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "id_str" : "1455147705566085285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1455147705566085285",
      "created_at" : "Mon Nov 01 12:20:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Baked a pie with apples from the tree at the allotment gate. The crust was a bit pale but the filling was autumn in a dish.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1455439767534369444"
          ],
          "editableUntil" : "2021-11-02T08:40:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "2",
      "id_str" : "1455439767534369444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1455439767534369444",
      "created_at" : "Tue Nov 02 07:40:56 +0000 2021",
      "favorited" : false,
      "full_text" : "nope.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1455597318173884744"
          ],
          "editableUntil" : "2021-11-02T19:06:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "8",
      "id_str" : "1455597318173884744",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1455597318173884744",
      "created_at" : "Tue Nov 02 18:06:59 +0000 2021",
      "favorited" : false,
      "full_text" : "New rule: no merges on Friday after lunch. Not because it is dangerous, but because I want to spend Friday afternoon in the garden and not in a rollback.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1456415119376022340"
          ],
          "editableUntil" : "2021-11-05T01:16:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1456415119376022340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1456415119376022340",
      "created_at" : "Fri Nov 05 00:16:38 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Tired: microservices. Wired: one well-tested monolith and a task queue",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1457457269700839137"
          ],
          "editableUntil" : "2021-11-07T22:17:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "4",
      "id_str" : "1457457269700839137",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1457457269700839137",
      "created_at" : "Sun Nov 07 21:17:46 +0000 2021",
      "favorited" : false,
      "full_text" : "Garden lesson of the year: water in the morning, not the evening. The slugs love an evening drink, and apparently my lettuce is the bar.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1457864712780558642"
          ],
          "editableUntil" : "2021-11-09T01:16:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "2",
      "id_str" : "1457864712780558642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1457864712780558642",
      "created_at" : "Tue Nov 09 00:16:48 +0000 2021",
      "favorited" : false,
      "full_text" : "Deprecation warnings are only useful if someone reads them. Put the version it will break in and a link to the fix, and suddenly people read them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1458162424476982951"
          ],
          "editableUntil" : "2021-11-09T20:59:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "7",
      "id_str" : "1458162424476982951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1458162424476982951",
      "created_at" : "Tue Nov 09 19:59:48 +0000 2021",
      "favorited" : false,
      "full_text" : "The recipe said \"bake until golden\". Whose golden? What golden? There are so many goldens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1458626213836329921"
          ],
          "editableUntil" : "2021-11-11T03:42:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1458626213836329921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1458626213836329921",
      "created_at" : "Thu Nov 11 02:42:44 +0000 2021",
      "favorited" : false,
      "full_text" : "I believe in three things: version pinning, room temperature butter, and telling people when they have done a good job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1458821664208189854"
          ],
          "editableUntil" : "2021-11-11T16:39:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "129"
      ],
      "favorite_count" : "5",
      "id_str" : "1458821664208189854",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1458821664208189854",
      "created_at" : "Thu Nov 11 15:39:23 +0000 2021",
      "favorited" : false,
      "full_text" : "@marisol_k no you may not have the last of Gerald, make your own starter, it only takes a week and an enormous amount of patience",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1458776114069173680",
      "in_reply_to_status_id" : "1458776114069173680",
      "in_reply_to_user_id" : "6107106915",
      "in_reply_to_user_id_str" : "6107106915",
      "in_reply_to_screen_name" : "marisol_k"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1459323659482381582"
          ],
          "editableUntil" : "2021-11-13T01:54:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "8",
      "id_str" : "1459323659482381582",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1459323659482381582",
      "created_at" : "Sat Nov 13 00:54:08 +0000 2021",
      "favorited" : false,
      "full_text" : "Our contributor guide used to be 4,000 words. Now it is 600 and people actually read to the end. Turns out nobody wanted my life story, just \"how do I run the tests\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1459573992322886287"
          ],
          "editableUntil" : "2021-11-13T18:28:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1459573992322886287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1459573992322886287",
      "created_at" : "Sat Nov 13 17:28:52 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @rin_codes: Please, I am begging you, include the version number in your bug report",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1459782709279764371"
          ],
          "editableUntil" : "2021-11-14T08:18:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "46",
      "id_str" : "1459782709279764371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1459782709279764371",
      "created_at" : "Sun Nov 14 07:18:14 +0000 2021",
      "favorited" : false,
      "full_text" : "Haircut day. Told the hairdresser \"just tidy it up\" and came out looking like a different, more confident person. Will report back if it changes my life.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1459999403801195160"
          ],
          "editableUntil" : "2021-11-14T22:39:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1459999403801195160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1459999403801195160",
      "created_at" : "Sun Nov 14 21:39:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Today's bug: a job that scheduled itself, which scheduled itself, which scheduled itself. Recursion is beautiful until it is on your bill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1460978501156921663"
          ],
          "editableUntil" : "2021-11-17T15:29:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "5",
      "id_str" : "1460978501156921663",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1460978501156921663",
      "created_at" : "Wed Nov 17 14:29:53 +0000 2021",
      "favorited" : false,
      "full_text" : "Tried making bagels for the first time. Boiling bread felt wrong, like breaking a rule. They came out chewy and shiny and I am a bagel person now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1461192687483321756"
          ],
          "editableUntil" : "2021-11-18T05:40:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "135"
      ],
      "favorite_count" : "8",
      "id_str" : "1461192687483321756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1461192687483321756",
      "created_at" : "Thu Nov 18 04:40:59 +0000 2021",
      "favorited" : false,
      "full_text" : "@tomas_bakes the bagels survived the journey! Everyone at the meetup asked where they were from and I took full credit. Kidding. Mostly",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1461128262975246898",
      "in_reply_to_status_id" : "1461128262975246898",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1461605918703018536"
          ],
          "editableUntil" : "2021-11-19T09:03:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "7",
      "id_str" : "1461605918703018536",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1461605918703018536",
      "created_at" : "Fri Nov 19 08:03:01 +0000 2021",
      "favorited" : false,
      "full_text" : "Someone told me sproutq is \"boring technology\" and honestly that is the nicest thing anyone has said about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1462374340361768324"
          ],
          "editableUntil" : "2021-11-21T11:56:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "1462374340361768324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1462374340361768324",
      "created_at" : "Sun Nov 21 10:56:27 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @oakmoss_dev: Boring technology is a compliment",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1463131085075874306"
          ],
          "editableUntil" : "2021-11-23T14:03:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "73",
      "id_str" : "1463131085075874306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1463131085075874306",
      "created_at" : "Tue Nov 23 13:03:29 +0000 2021",
      "favorited" : false,
      "full_text" : "Is it just me or does everyone write their best code on the train? Something about a fixed amount of time and no wifi.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1463665896587495363"
          ],
          "editableUntil" : "2021-11-25T01:28:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "23"
      ],
      "favorite_count" : "4",
      "id_str" : "1463665896587495363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1463665896587495363",
      "created_at" : "Thu Nov 25 00:28:38 +0000 2021",
      "favorited" : false,
      "full_text" : "@oakmoss_dev thank you!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1463582849366829700",
      "in_reply_to_status_id" : "1463582849366829700",
      "in_reply_to_user_id" : "4445160425",
      "in_reply_to_user_id_str" : "4445160425",
      "in_reply_to_screen_name" : "oakmoss_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1464245775893167991"
          ],
          "editableUntil" : "2021-11-26T15:52:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "3",
      "id_str" : "1464245775893167991",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1464245775893167991",
      "created_at" : "Fri Nov 26 14:52:52 +0000 2021",
      "favorited" : false,
      "full_text" : "Every spring I swear I will label my seedlings properly. Every spring I end up with a tray of mystery plants and a vague memory of \"probably peppers\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1464429478018396127"
          ],
          "editableUntil" : "2021-11-27T04:02:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "3",
      "id_str" : "1464429478018396127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1464429478018396127",
      "created_at" : "Sat Nov 27 03:02:50 +0000 2021",
      "favorited" : false,
      "full_text" : "Made a tiny dashboard for the queue: jobs waiting, jobs running, jobs failed. Three numbers. It has already caught two problems that a forty-panel dashboard missed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1465148687907671021"
          ],
          "editableUntil" : "2021-11-29T03:40:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "id_str" : "1465148687907671021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1465148687907671021",
      "created_at" : "Mon Nov 29 02:40:43 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @rin_codes: The new sproutq dashboard shows three numbers. Three! It's the best dashboard I have ever used",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1465826835562642816"
          ],
          "editableUntil" : "2021-12-01T00:35:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "6",
      "id_str" : "1465826835562642816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1465826835562642816",
      "created_at" : "Tue Nov 30 23:35:26 +0000 2021",
      "favorited" : false,
      "full_text" : "My bike got a puncture on the way to the allotment and a stranger stopped and helped me fix it. We talked about leeks for ten minutes. Faith in humanity restored.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1466733086243070949"
          ],
          "editableUntil" : "2021-12-03T12:36:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "4",
      "id_str" : "1466733086243070949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1466733086243070949",
      "created_at" : "Fri Dec 03 11:36:33 +0000 2021",
      "favorited" : false,
      "full_text" : "Sunday plan: feed Gerald, shape two loaves, read a book while they rise, bake, eat the crust off one before it cools. Sunday complete.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1467744219692492307"
          ],
          "editableUntil" : "2021-12-06T07:34:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "id_str" : "1467744219692492307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1467744219692492307",
      "created_at" : "Mon Dec 06 06:34:26 +0000 2021",
      "favorited" : false,
      "full_text" : "The best performance optimisation I did this year was deleting a feature nobody used. Zero lines of code are infinitely fast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1467974948353072959"
          ],
          "editableUntil" : "2021-12-06T22:51:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "1",
      "id_str" : "1467974948353072959",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1467974948353072959",
      "created_at" : "Mon Dec 06 21:51:16 +0000 2021",
      "favorited" : false,
      "full_text" : "Question: what is the most useful thing a stranger has ever taught you? Mine: an old woman at the bus stop taught me to fold a fitted sheet. I still think of her every laundry day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1468842464638251753"
          ],
          "editableUntil" : "2021-12-09T08:18:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "3",
      "id_str" : "1468842464638251753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1468842464638251753",
      "created_at" : "Thu Dec 09 07:18:28 +0000 2021",
      "favorited" : false,
      "full_text" : "morning ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1469258887721954883"
          ],
          "editableUntil" : "2021-12-10T11:53:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "id_str" : "1469258887721954883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1469258887721954883",
      "created_at" : "Fri Dec 10 10:53:11 +0000 2021",
      "favorited" : false,
      "full_text" : "The raspberry canes I planted two years ago finally gave me a proper harvest. Ate most of them standing up, right there, like a raccoon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1469664074266613754"
          ],
          "editableUntil" : "2021-12-11T14:43:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "2",
      "id_str" : "1469664074266613754",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1469664074266613754",
      "created_at" : "Sat Dec 11 13:43:15 +0000 2021",
      "favorited" : false,
      "full_text" : "Just spent an hour reading the spec for cron expressions. I now know more about the 5th field than any person should. Ask me anything, but please not before coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1470214220153217191"
          ],
          "editableUntil" : "2021-12-13T03:09:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EdagBcjvZs",
            "expanded_url" : "https://sproutq.dev/changelog/1.1",
            "display_url" : "sproutq.dev/changelog/1.1",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "0",
      "id_str" : "1470214220153217191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1470214220153217191",
      "possibly_sensitive" : false,
      "created_at" : "Mon Dec 13 02:09:20 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @rin_codes: sproutq 1.1 is out with cron-style schedules! Huge thanks to everyone who tested the beta and told us what broke. https://t.co/EdagBcjvZs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1470820322244497821"
          ],
          "editableUntil" : "2021-12-14T19:17:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "49",
      "id_str" : "1470820322244497821",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1470820322244497821",
      "created_at" : "Tue Dec 14 18:17:46 +0000 2021",
      "favorited" : false,
      "full_text" : "Someone asked if I ever buy bread from the shop. Yes! All the time! Baking is a hobby, not a personality. (It is a little bit of a personality.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1471783271528655511"
          ],
          "editableUntil" : "2021-12-17T11:04:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "4",
      "id_str" : "1471783271528655511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1471783271528655511",
      "created_at" : "Fri Dec 17 10:04:11 +0000 2021",
      "favorited" : false,
      "full_text" : "Cleaned the fridge. Found a jar of something that was once jam. It has become something else. It has ambitions now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1472351901709678137"
          ],
          "editableUntil" : "2021-12-19T00:43:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1472351901709678137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1472351901709678137",
      "created_at" : "Sat Dec 18 23:43:43 +0000 2021",
      "favorited" : false,
      "full_text" : "A sourdough starter is just a pet that lives in the fridge and needs feeding twice a day. So, a cat, but quieter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1472909416988092112"
          ],
          "editableUntil" : "2021-12-20T13:39:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "4",
      "id_str" : "1472909416988092112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1472909416988092112",
      "created_at" : "Mon Dec 20 12:39:05 +0000 2021",
      "favorited" : false,
      "full_text" : "Flaky test update: it was the clock. Not a timezone this time, the actual clock. The CI machine's clock was four minutes behind. I have never felt so seen by a bug.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1473574373557046839"
          ],
          "editableUntil" : "2021-12-22T09:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "84"
      ],
      "favorite_count" : "8",
      "id_str" : "1473574373557046839",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1473574373557046839",
      "created_at" : "Wed Dec 22 08:41:23 +0000 2021",
      "favorited" : false,
      "full_text" : "@rin_codes I found the flaky test. It was me. I wrote it. Last spring. I am so sorry",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1473512213970731502",
      "in_reply_to_status_id" : "1473512213970731502",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1474467160522222529"
          ],
          "editableUntil" : "2021-12-24T20:49:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "4",
      "id_str" : "1474467160522222529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1474467160522222529",
      "created_at" : "Fri Dec 24 19:49:00 +0000 2021",
      "favorited" : false,
      "full_text" : "My neighbour asked what I do for work and I said \"I look after a small program that lots of people use\" and she said \"so, like a garden\" and honestly, yes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1474966203004458607"
          ],
          "editableUntil" : "2021-12-26T05:52:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "6",
      "id_str" : "1474966203004458607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1474966203004458607",
      "created_at" : "Sun Dec 26 04:52:01 +0000 2021",
      "favorited" : false,
      "full_text" : "Starting a thread on things I wish someone told me before I published my first package.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1474966618242892919"
          ],
          "editableUntil" : "2021-12-26T05:53:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "8",
      "id_str" : "1474966618242892919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1474966618242892919",
      "created_at" : "Sun Dec 26 04:53:40 +0000 2021",
      "favorited" : false,
      "full_text" : "1. Pick a name nobody else uses. Check the package index AND the big search engine. I learned this one the hard way with a library called \"queue\". Yes, really.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1474966203004458607",
      "in_reply_to_status_id" : "1474966203004458607",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1474967423549172738"
          ],
          "editableUntil" : "2021-12-26T05:56:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1474967423549172738",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1474967423549172738",
      "created_at" : "Sun Dec 26 04:56:52 +0000 2021",
      "favorited" : false,
      "full_text" : "2. Write the README before the code. If you cannot explain what it does in three sentences, you do not know yet.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1474966618242892919",
      "in_reply_to_status_id" : "1474966618242892919",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1474968199494149676"
          ],
          "editableUntil" : "2021-12-26T05:59:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "2",
      "id_str" : "1474968199494149676",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1474968199494149676",
      "created_at" : "Sun Dec 26 04:59:57 +0000 2021",
      "favorited" : false,
      "full_text" : "3. Tag your releases. Future you, staring at a bug report that says \"it worked in the old version\", will want to know which old version.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1474967423549172738",
      "in_reply_to_status_id" : "1474967423549172738",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1474968753141439473"
          ],
          "editableUntil" : "2021-12-26T06:02:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "8",
      "id_str" : "1474968753141439473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1474968753141439473",
      "created_at" : "Sun Dec 26 05:02:09 +0000 2021",
      "favorited" : false,
      "full_text" : "4. It is okay to say the project is finished. Not every library needs to grow forever. Some are done, and done is lovely.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1474968199494149676",
      "in_reply_to_status_id" : "1474968199494149676",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1475204544331258667"
          ],
          "editableUntil" : "2021-12-26T21:39:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "3",
      "id_str" : "1475204544331258667",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1475204544331258667",
      "created_at" : "Sun Dec 26 20:39:06 +0000 2021",
      "favorited" : false,
      "full_text" : "Shortbread is three ingredients and one hundred opinions. Mine: salted butter &amp; rice flour for crunch, and never ever a mixer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1475882062837640799"
          ],
          "editableUntil" : "2021-12-28T18:31:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "4",
      "id_str" : "1475882062837640799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1475882062837640799",
      "created_at" : "Tue Dec 28 17:31:19 +0000 2021",
      "favorited" : false,
      "full_text" : "Friday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1476096995752779687"
          ],
          "editableUntil" : "2021-12-29T08:45:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "2",
      "id_str" : "1476096995752779687",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1476096995752779687",
      "created_at" : "Wed Dec 29 07:45:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Dug up the potatoes with my niece today. Every potato was a treasure. Every worm was a friend. She named the biggest potato Steve.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1476788053475884294"
          ],
          "editableUntil" : "2021-12-31T06:31:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1476788053475884294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1476788053475884294",
      "created_at" : "Fri Dec 31 05:31:24 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @marisol_k: Took the kids to the allotment and they ate every strawberry before we got to the gate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477347271637575294"
          ],
          "editableUntil" : "2022-01-01T19:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/w4cXGSQLNt",
            "expanded_url" : "https://sproutq.dev/community/tutorials",
            "display_url" : "sproutq.dev/community/tut…",
            "indices" : [
              "168",
              "191"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "2",
      "id_str" : "1477347271637575294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1477347271637575294",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 01 18:33:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody on the forum wrote a tutorial for sproutq that is better than our official one. I asked if we could link it and they said yes. The internet is good sometimes. https://t.co/w4cXGSQLNt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1477560807848533141"
          ],
          "editableUntil" : "2022-01-02T09:42:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "5",
      "id_str" : "1477560807848533141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1477560807848533141",
      "created_at" : "Sun Jan 02 08:42:03 +0000 2022",
      "favorited" : false,
      "full_text" : "The most dangerous phrase in software is \"it's just a small change\". The most dangerous phrase in baking is \"I'll just double the recipe\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1478580774503075299"
          ],
          "editableUntil" : "2022-01-05T05:15:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "5",
      "id_str" : "1478580774503075299",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1478580774503075299",
      "created_at" : "Wed Jan 05 04:15:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Biscuit turned ten today. She celebrated by sleeping in a sunbeam for nine hours and then knocking a glass off the table. Happy birthday, tiny monster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479024108241928463"
          ],
          "editableUntil" : "2022-01-06T10:36:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1479024108241928463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479024108241928463",
      "created_at" : "Thu Jan 06 09:36:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Being a maintainer means being a librarian, a janitor, a therapist and occasionally a programmer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1479250835538410288"
          ],
          "editableUntil" : "2022-01-07T01:37:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "1479250835538410288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479250835538410288",
      "created_at" : "Fri Jan 07 00:37:37 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_docs amazing work",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1479174079773537148",
      "in_reply_to_status_id" : "1479174079773537148",
      "in_reply_to_user_id" : "8183845892",
      "in_reply_to_user_id_str" : "8183845892",
      "in_reply_to_screen_name" : "priya_docs"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480241198793274810"
          ],
          "editableUntil" : "2022-01-09T19:12:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "5",
      "id_str" : "1480241198793274810",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1480241198793274810",
      "created_at" : "Sun Jan 09 18:12:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Note to self: a watering can with a hole in it is just a sprinkler with extra steps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480720662264773877"
          ],
          "editableUntil" : "2022-01-11T02:58:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1480720662264773877",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1480720662264773877",
      "created_at" : "Tue Jan 11 01:58:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Refactoring day. The tests are green, the diff is red, and my heart is full.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1480907489149146989"
          ],
          "editableUntil" : "2022-01-11T15:20:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "7",
      "id_str" : "1480907489149146989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1480907489149146989",
      "created_at" : "Tue Jan 11 14:20:34 +0000 2022",
      "favorited" : false,
      "full_text" : "My oven runs 20 degrees hot on the left side. I rotate every loaf halfway through like a rotisserie. Someday I will buy a new oven. Today is not that day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481348151114910773"
          ],
          "editableUntil" : "2022-01-12T20:31:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "8",
      "id_str" : "1481348151114910773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481348151114910773",
      "created_at" : "Wed Jan 12 19:31:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote a property based test for the scheduler and it found a bug in under a second. A bug that had survived two years of normal tests. I am converted. I am a believer now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1481994845681750444"
          ],
          "editableUntil" : "2022-01-14T15:21:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1481994845681750444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1481994845681750444",
      "created_at" : "Fri Jan 14 14:21:20 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oakmoss_dev: Read the source of a library you depend on this week. You'll learn something, and you might find a bug to report",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482763963594129087"
          ],
          "editableUntil" : "2022-01-16T18:17:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "32",
      "id_str" : "1482763963594129087",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1482763963594129087",
      "created_at" : "Sun Jan 16 17:17:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Does anyone else name their test fixtures after food? Ours are called toast, crumpet and scone. Nobody has complained yet, but nobody has praised it either.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1483425103348011323"
          ],
          "editableUntil" : "2022-01-18T14:04:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "id_str" : "1483425103348011323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1483425103348011323",
      "created_at" : "Tue Jan 18 13:04:40 +0000 2022",
      "favorited" : false,
      "full_text" : "My phone says I walked 18,000 steps today. 12,000 of them were between the kitchen and the oven, checking on bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484281144014071578"
          ],
          "editableUntil" : "2022-01-20T22:46:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "2",
      "id_str" : "1484281144014071578",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1484281144014071578",
      "created_at" : "Thu Jan 20 21:46:16 +0000 2022",
      "favorited" : false,
      "full_text" : "If I ever write a book about maintaining open source it will be called \"Thanks For The Report\" and every chapter will be a different way of saying \"could you add more details?\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484559914235859131"
          ],
          "editableUntil" : "2022-01-21T17:14:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "id_str" : "1484559914235859131",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1484559914235859131",
      "created_at" : "Fri Jan 21 16:14:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Thinking about building a small greenhouse from old windows. Have the windows. Have the enthusiasm. Do not have any of the skills. What could go wrong?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1484834825698358844"
          ],
          "editableUntil" : "2022-01-22T11:26:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kRBsXadtDN",
            "expanded_url" : "https://junipers.garden/blog/leaning-greenhouse",
            "display_url" : "junipers.garden/blog/lean…",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "6",
      "id_str" : "1484834825698358844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1484834825698358844",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 22 10:26:24 +0000 2022",
      "favorited" : false,
      "full_text" : "The greenhouse is up! It leans a little to the left, one window doesn't close, and I love it with all my heart. https://t.co/kRBsXadtDN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485692275652842051"
          ],
          "editableUntil" : "2022-01-24T20:13:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tbt",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7wecLx8ZUu",
            "expanded_url" : "https://junipers.garden/photos/greenhouse-day-one",
            "display_url" : "junipers.garden/photos/gr…",
            "indices" : [
              "5",
              "28"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "1485692275652842051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485692275652842051",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 24 19:13:36 +0000 2022",
      "favorited" : false,
      "full_text" : "#tbt https://t.co/7wecLx8ZUu",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1485852573562939415"
          ],
          "editableUntil" : "2022-01-25T06:50:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1485852573562939415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1485852573562939415",
      "created_at" : "Tue Jan 25 05:50:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Reviewing a pull request that adds 3,000 lines and the description just says \"improvements\". My friend. My dear friend. What improvements.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486064012624882570"
          ],
          "editableUntil" : "2022-01-25T20:50:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "6",
      "id_str" : "1486064012624882570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486064012624882570",
      "created_at" : "Tue Jan 25 19:50:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Baked for the allotment open day: three trays of flapjacks &amp; a carrot cake made from actual allotment carrots. Sold out in an hour, raised 80 for the new shed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1486902995055686187"
          ],
          "editableUntil" : "2022-01-28T04:24:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1486902995055686187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1486902995055686187",
      "created_at" : "Fri Jan 28 03:24:34 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @deltafern: The allotment open day raised enough for a new shed AND a new wheelbarrow wheel. The wheelbarrow wheel was the real victory",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487709463248595302"
          ],
          "editableUntil" : "2022-01-30T09:49:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1487709463248595302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1487709463248595302",
      "created_at" : "Sun Jan 30 08:49:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Log messages are letters to the person on call at 4am. Be kind. Include the job id.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1487942163232214610"
          ],
          "editableUntil" : "2022-01-31T01:13:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1487942163232214610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1487942163232214610",
      "created_at" : "Mon Jan 31 00:13:51 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Hot take: every background job should log its id on every line",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1488944245373729127"
          ],
          "editableUntil" : "2022-02-02T19:35:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "6",
      "id_str" : "1488944245373729127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1488944245373729127",
      "created_at" : "Wed Feb 02 18:35:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Opinion: the word \"simply\" should be removed from all documentation. Nothing is simple to someone seeing it for the first time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489505938175408490"
          ],
          "editableUntil" : "2022-02-04T08:47:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1489505938175408490",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1489505938175408490",
      "created_at" : "Fri Feb 04 07:47:44 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @priya_docs: Every \"simply\" in your docs is someone feeling stupid. Delete them all",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1489779293553508498"
          ],
          "editableUntil" : "2022-02-05T02:53:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "0",
      "id_str" : "1489779293553508498",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1489779293553508498",
      "created_at" : "Sat Feb 05 01:53:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Spent the evening sorting seeds into little envelopes and labelling them. This is my idea of a wild night and I will not apologise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1490800233283537127"
          ],
          "editableUntil" : "2022-02-07T22:30:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "0",
      "id_str" : "1490800233283537127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1490800233283537127",
      "created_at" : "Mon Feb 07 21:30:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Working from the café today because the house is too quiet and the cat keeps sitting on the keyboard. The café also has a cat. We are negotiating.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491025006035286354"
          ],
          "editableUntil" : "2022-02-08T13:23:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1491025006035286354",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1491025006035286354",
      "created_at" : "Tue Feb 08 12:23:58 +0000 2022",
      "favorited" : false,
      "full_text" : "@deltafern the frogs are back in the pond by the shed! Counted six this morning. The slugs should be very worried",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1490950011879998967",
      "in_reply_to_status_id" : "1490950011879998967",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491193281509041699"
          ],
          "editableUntil" : "2022-02-09T00:32:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1491193281509041699",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1491193281509041699",
      "created_at" : "Tue Feb 08 23:32:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Cookie dough in the freezer is a form of self care. Future you, tired on a Tuesday, will thank present you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491616021215377903"
          ],
          "editableUntil" : "2022-02-10T04:32:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "8",
      "id_str" : "1491616021215377903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1491616021215377903",
      "created_at" : "Thu Feb 10 03:32:27 +0000 2022",
      "favorited" : false,
      "full_text" : "What is your favourite bug you have ever fixed? Mine was a job that only failed when the queue name had an even number of letters. I still don't fully understand it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1491817947595337877"
          ],
          "editableUntil" : "2022-02-10T17:54:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "81",
              "91"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "4",
      "id_str" : "1491817947595337877",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1491817947595337877",
      "created_at" : "Thu Feb 10 16:54:50 +0000 2022",
      "favorited" : false,
      "full_text" : "I'm going to be offline for a week, gardening and baking and not reading issues. @rin_codes has the keys. Please be nice to her, she has a very good memory and a very small amount of patience for nonsense.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1492847510814359194"
          ],
          "editableUntil" : "2022-02-13T14:05:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "8",
      "id_str" : "1492847510814359194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1492847510814359194",
      "created_at" : "Sun Feb 13 13:05:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Trying to learn Spanish before the trip. I can order coffee, ask where the station is, and say \"my cat is very small\". Useful phrases only.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493563776303689166"
          ],
          "editableUntil" : "2022-02-15T13:32:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "5",
      "id_str" : "1493563776303689166",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1493563776303689166",
      "created_at" : "Tue Feb 15 12:32:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Back from Spain! Ate everything, walked everywhere, and the cat has forgiven me for leaving in exchange for an unreasonable amount of treats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494248022473398398"
          ],
          "editableUntil" : "2022-02-17T10:51:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "1494248022473398398",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1494248022473398398",
      "created_at" : "Thu Feb 17 09:51:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Back from holiday. 94 notifications. Reading them in order, like a novel where everyone is slightly annoyed at a library.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1494893567800542118"
          ],
          "editableUntil" : "2022-02-19T05:36:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "3",
      "id_str" : "1494893567800542118",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1494893567800542118",
      "created_at" : "Sat Feb 19 04:36:15 +0000 2022",
      "favorited" : false,
      "full_text" : "🍅🍅🍅🍅",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495266835691391654"
          ],
          "editableUntil" : "2022-02-20T06:19:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "1",
      "id_str" : "1495266835691391654",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1495266835691391654",
      "created_at" : "Sun Feb 20 05:19:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Pro tip for maintainers: a saved reply that says \"thanks, could you share a small script that reproduces this?\" will save you about a year of your life.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1495735767267691431"
          ],
          "editableUntil" : "2022-02-21T13:22:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "3",
      "id_str" : "1495735767267691431",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1495735767267691431",
      "created_at" : "Mon Feb 21 12:22:51 +0000 2022",
      "favorited" : false,
      "full_text" : "The pumpkins are in! Three big ones, two small ones and one that looks like it is having a bad day. Guess which one I am keeping.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496251813460071311"
          ],
          "editableUntil" : "2022-02-22T23:33:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1496251813460071311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1496251813460071311",
      "created_at" : "Tue Feb 22 22:33:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Hot take: the best programming language is the one your team already knows and can debug at 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497268651160980909"
          ],
          "editableUntil" : "2022-02-25T18:53:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1497268651160980909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1497268651160980909",
      "created_at" : "Fri Feb 25 17:53:59 +0000 2022",
      "favorited" : false,
      "full_text" : "The secret to a good crumble is more crumble than seems reasonable. Half and half is for cowards.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497475665229229035"
          ],
          "editableUntil" : "2022-02-26T08:36:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "6",
      "id_str" : "1497475665229229035",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1497475665229229035",
      "created_at" : "Sat Feb 26 07:36:35 +0000 2022",
      "favorited" : false,
      "full_text" : "The weird thing about open source is that your most important users are often the ones who never say anything. They just quietly depend on you for five years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1497984962789967008"
          ],
          "editableUntil" : "2022-02-27T18:20:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1497984962789967008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1497984962789967008",
      "created_at" : "Sun Feb 27 17:20:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Went to a friend's wedding and ended up giving the couple a jar of Gerald as a gift. They seemed happy. Or confused. Possibly both.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1498840361729289943"
          ],
          "editableUntil" : "2022-03-02T02:59:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "1498840361729289943",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1498840361729289943",
      "created_at" : "Wed Mar 02 01:59:24 +0000 2022",
      "favorited" : false,
      "full_text" : "@deltafern haha yes",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1498738691801468776",
      "in_reply_to_status_id" : "1498738691801468776",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1499803642363815509"
          ],
          "editableUntil" : "2022-03-04T18:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "31",
      "id_str" : "1499803642363815509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1499803642363815509",
      "created_at" : "Fri Mar 04 17:47:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Rain all week, and the plot has turned into soup. The only happy residents are the frogs, and honestly good for them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500012271237363253"
          ],
          "editableUntil" : "2022-03-05T08:36:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "4",
      "id_str" : "1500012271237363253",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1500012271237363253",
      "created_at" : "Sat Mar 05 07:36:09 +0000 2022",
      "favorited" : false,
      "full_text" : "A good error message is like a good friend: it tells you what's wrong, it tells you what to do, and it doesn't make you feel stupid.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500726712205242930"
          ],
          "editableUntil" : "2022-03-07T07:55:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "58",
      "id_str" : "1500726712205242930",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1500726712205242930",
      "created_at" : "Mon Mar 07 06:55:05 +0000 2022",
      "favorited" : false,
      "full_text" : "I have a soft spot for error messages that apologise. \"Sorry, I could not find that config file\" just feels more human than \"ENOENT\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500990626199787045"
          ],
          "editableUntil" : "2022-03-08T01:23:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1500990626199787045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500990626199787045",
      "created_at" : "Tue Mar 08 00:23:47 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oakmoss_dev: Maintainers are people. Say thank you in your issue. It costs nothing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501476263687101917"
          ],
          "editableUntil" : "2022-03-09T09:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "68",
      "id_str" : "1501476263687101917",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1501476263687101917",
      "created_at" : "Wed Mar 09 08:33:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Gerald update: he doubled in four hours today. It is summer and he is thriving. I, however, am melting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502123704842776465"
          ],
          "editableUntil" : "2022-03-11T04:26:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "1",
      "id_str" : "1502123704842776465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1502123704842776465",
      "created_at" : "Fri Mar 11 03:26:14 +0000 2022",
      "favorited" : false,
      "full_text" : "tea time",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1502697259138572112"
          ],
          "editableUntil" : "2022-03-12T18:25:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "104"
      ],
      "favorite_count" : "5",
      "id_str" : "1502697259138572112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502697259138572112",
      "created_at" : "Sat Mar 12 17:25:20 +0000 2022",
      "favorited" : false,
      "full_text" : "@deltafern no I have not been watering the courgettes too much, they are just dramatic. Like their owner",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1502575456550285648",
      "in_reply_to_status_id" : "1502575456550285648",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1503136184662240708"
          ],
          "editableUntil" : "2022-03-13T23:29:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1503136184662240708",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503136184662240708",
      "created_at" : "Sun Mar 13 22:29:28 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @deltafern: First courgette of the year! By August I will be leaving them on strangers' doorsteps",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1504029508498480279"
          ],
          "editableUntil" : "2022-03-16T10:39:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "6",
      "id_str" : "1504029508498480279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1504029508498480279",
      "created_at" : "Wed Mar 16 09:39:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Cleaned out the shed and found four trowels. I have been buying a new trowel every spring because I couldn't find the old one. Mystery solved.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1504801080083145479"
          ],
          "editableUntil" : "2022-03-18T13:45:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "8",
      "id_str" : "1504801080083145479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1504801080083145479",
      "created_at" : "Fri Mar 18 12:45:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Weekend plans: absolutely nothing, done slowly, with tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1505740490929170485"
          ],
          "editableUntil" : "2022-03-21T03:58:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "allotmentlife",
            "indices" : [
              "164",
              "178"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "0",
      "id_str" : "1505740490929170485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505740490929170485",
      "created_at" : "Mon Mar 21 02:58:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Plot 14 end of season report: tomatoes fine, beans great, squash enormous, lettuce eaten, carrots weird, garlic perfect. Overall grade: B plus, would garden again. #allotmentlife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1506640311746450022"
          ],
          "editableUntil" : "2022-03-23T15:33:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Harold on plot 9",
            "screen_name" : "plot9_harold",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "4717495964",
            "id" : "4717495964"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1506640311746450022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1506640311746450022",
      "created_at" : "Wed Mar 23 14:33:37 +0000 2022",
      "favorited" : false,
      "full_text" : "@plot9_harold thank you for the garlic tip. I've never seen bulbs this big. You are a legend of plot 9 and beyond",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1506494349965940051",
      "in_reply_to_status_id" : "1506494349965940051",
      "in_reply_to_user_id" : "4717495964",
      "in_reply_to_user_id_str" : "4717495964",
      "in_reply_to_screen_name" : "plot9_harold"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1506888165751379942"
          ],
          "editableUntil" : "2022-03-24T07:58:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Harold on plot 9",
            "screen_name" : "plot9_harold",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "4717495964",
            "id" : "4717495964"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1506888165751379942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1506888165751379942",
      "created_at" : "Thu Mar 24 06:58:30 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @plot9_harold: Young people asking me about compost. The future is in good hands",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507624614229713570"
          ],
          "editableUntil" : "2022-03-26T08:44:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "4",
      "id_str" : "1507624614229713570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1507624614229713570",
      "created_at" : "Sat Mar 26 07:44:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Power cut this evening. Candles, a book, the radio on batteries. Strangely peaceful until I remembered the bread was mid-bake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1508658610829984792"
          ],
          "editableUntil" : "2022-03-29T05:13:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "7",
      "id_str" : "1508658610829984792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508658610829984792",
      "created_at" : "Tue Mar 29 04:13:37 +0000 2022",
      "favorited" : false,
      "full_text" : "I asked an AI to write a bread recipe and it told me to bake it for \"4 to 40 minutes\". Very confident. Very wrong. Gerald is not worried about his job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509382895826081663"
          ],
          "editableUntil" : "2022-03-31T05:11:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "46",
      "id_str" : "1509382895826081663",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1509382895826081663",
      "created_at" : "Thu Mar 31 04:11:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Friday checklist:\nCI green ✅\nIssues answered ✅\nGerald fed ✅\nBike tyres pumped ✅\nAllotment, here I come.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509571631117342112"
          ],
          "editableUntil" : "2022-03-31T17:41:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "119"
      ],
      "favorite_count" : "5",
      "id_str" : "1509571631117342112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509571631117342112",
      "created_at" : "Thu Mar 31 16:41:38 +0000 2022",
      "favorited" : false,
      "full_text" : "@tomas_bakes you've ruined me, I can't eat supermarket croissants anymore. I hope you are happy with what you have done",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1509532875749989857",
      "in_reply_to_status_id" : "1509532875749989857",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509928465724956979"
          ],
          "editableUntil" : "2022-04-01T17:19:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1509928465724956979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509928465724956979",
      "created_at" : "Fri Apr 01 16:19:34 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @tomas_bakes: Croissant class is back! Butter, patience, and more butter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510262743365287261"
          ],
          "editableUntil" : "2022-04-02T15:27:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "8",
      "id_str" : "1510262743365287261",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1510262743365287261",
      "created_at" : "Sat Apr 02 14:27:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Opinion: monospace fonts for recipes. Hear me out. Ingredients line up, amounts line up, nothing moves. I will not be taking questions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1510833453921957885"
          ],
          "editableUntil" : "2022-04-04T05:15:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "id_str" : "1510833453921957885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510833453921957885",
      "created_at" : "Mon Apr 04 04:15:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Dear people who put the recipe at the end of a 3,000 word story about their childhood: I love you, but please add a jump button.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1511029101427247283"
          ],
          "editableUntil" : "2022-04-04T18:13:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "144"
      ],
      "favorite_count" : "6",
      "id_str" : "1511029101427247283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1511029101427247283",
      "created_at" : "Mon Apr 04 17:13:06 +0000 2022",
      "favorited" : false,
      "full_text" : "@kettle_dev honestly a Postgres table with SKIP LOCKED gets you really far before you need anything fancier. Don't let anyone tell you otherwise",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1510983299627882984",
      "in_reply_to_status_id" : "1510983299627882984",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1511911025147412375"
          ],
          "editableUntil" : "2022-04-07T04:37:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1511911025147412375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1511911025147412375",
      "created_at" : "Thu Apr 07 03:37:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Things that are better homemade:\n1. bread\n2. jam\n3. small libraries that do one thing well\n4. birthday cards",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1512823399512595886"
          ],
          "editableUntil" : "2022-04-09T17:03:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "19"
      ],
      "favorite_count" : "1",
      "id_str" : "1512823399512595886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512823399512595886",
      "created_at" : "Sat Apr 09 16:03:00 +0000 2022",
      "favorited" : false,
      "full_text" : "@tomas_bakes saved!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1512815849767954974",
      "in_reply_to_status_id" : "1512815849767954974",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1513813251064178404"
          ],
          "editableUntil" : "2022-04-12T10:36:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "3",
      "id_str" : "1513813251064178404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1513813251064178404",
      "created_at" : "Tue Apr 12 09:36:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Reading the Python release notes like other people read the Sunday paper. With coffee, slowly, and with strong opinions about some of the headlines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514038682318804090"
          ],
          "editableUntil" : "2022-04-13T01:32:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "7",
      "id_str" : "1514038682318804090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514038682318804090",
      "created_at" : "Wed Apr 13 00:32:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Small wins today: closed an old issue, fixed a typo in the README, and figured out why the oven smoke alarm goes off (it's the left side, of course it's the left side).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514628762171327012"
          ],
          "editableUntil" : "2022-04-14T16:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Bhbp1klOVe",
            "expanded_url" : "https://sproutq.dev/docs/",
            "display_url" : "sproutq.dev/docs/",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "7",
      "id_str" : "1514628762171327012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514628762171327012",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 14 15:36:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Moved the sproutq docs to a new theme. Dark mode! Better code blocks! A sidebar that doesn't lie! Please report anything that looks odd https://t.co/Bhbp1klOVe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515219068515624429"
          ],
          "editableUntil" : "2022-04-16T07:42:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "43",
      "id_str" : "1515219068515624429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515219068515624429",
      "created_at" : "Sat Apr 16 06:42:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked what \"maintainer\" means in practice. Today it meant: reviewing two pull requests, answering five questions, closing three duplicates, and writing one apology for a bug I introduced.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1515935757630776542"
          ],
          "editableUntil" : "2022-04-18T07:10:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1515935757630776542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515935757630776542",
      "created_at" : "Mon Apr 18 06:10:24 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @rin_codes: Today I closed my 500th issue on sproutq. Most of them were duplicates of issue 12. Issue 12 remains open. Issue 12 is eternal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1516945112693415744"
          ],
          "editableUntil" : "2022-04-21T02:01:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "8",
      "id_str" : "1516945112693415744",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1516945112693415744",
      "created_at" : "Thu Apr 21 01:01:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Bought a proper bread lame (the razor thing for scoring) after years of using a kitchen knife. The difference is ridiculous. Why did I wait so long.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517539462348412379"
          ],
          "editableUntil" : "2022-04-22T17:22:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "6",
      "id_str" : "1517539462348412379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1517539462348412379",
      "created_at" : "Fri Apr 22 16:22:57 +0000 2022",
      "favorited" : false,
      "full_text" : "My approach to technical debt is the same as my approach to weeding: a little bit every week, never all at once, and never in the rain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1517965825933871582"
          ],
          "editableUntil" : "2022-04-23T21:37:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rdzbuOj53p",
            "expanded_url" : "https://junipers.garden/photos/biscuit-sunbeam",
            "display_url" : "junipers.garden/photos/bi…",
            "indices" : [
              "5",
              "28"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "73",
      "id_str" : "1517965825933871582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1517965825933871582",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 23 20:37:10 +0000 2022",
      "favorited" : false,
      "full_text" : "mood https://t.co/rdzbuOj53p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519011814045580157"
          ],
          "editableUntil" : "2022-04-26T18:53:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "1",
      "id_str" : "1519011814045580157",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1519011814045580157",
      "created_at" : "Tue Apr 26 17:53:33 +0000 2022",
      "favorited" : false,
      "full_text" : "I've been using the same laptop sticker layout since 2017 and I think it counts as a historical monument now. The sticker for a conference that no longer exists is a particular highlight.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519201883125206990"
          ],
          "editableUntil" : "2022-04-27T07:28:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "62",
      "id_str" : "1519201883125206990",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519201883125206990",
      "created_at" : "Wed Apr 27 06:28:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Whoever decided that \"it depends\" is an acceptable answer in software was right, and I hate that they were right.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519756625968664650"
          ],
          "editableUntil" : "2022-04-28T20:13:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "2",
      "id_str" : "1519756625968664650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519756625968664650",
      "created_at" : "Thu Apr 28 19:13:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Three hours in a dentist's waiting room taught me more about patience than three years of open source, and three years of open source taught me a lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1519919935387734334"
          ],
          "editableUntil" : "2022-04-29T07:02:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "70",
      "id_str" : "1519919935387734334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519919935387734334",
      "created_at" : "Fri Apr 29 06:02:06 +0000 2022",
      "favorited" : false,
      "full_text" : "The new contributor from last month just landed their fourth pull request, and this one was a real feature. I am a proud gardener watching a seedling become a tomato plant.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1520257673329791965"
          ],
          "editableUntil" : "2022-04-30T05:24:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/V8QzoYrSvC",
            "expanded_url" : "https://junipers.garden/blog/store-then-ack",
            "display_url" : "junipers.garden/blog/stor…",
            "indices" : [
              "162",
              "185"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "4",
      "id_str" : "1520257673329791965",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1520257673329791965",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 30 04:24:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote a blog post about why sproutq stores jobs before acknowledging them. It's long, it has diagrams, and there's a picture of Biscuit in the middle for morale. https://t.co/V8QzoYrSvC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521048198971144841"
          ],
          "editableUntil" : "2022-05-02T09:45:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "0",
      "id_str" : "1521048198971144841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521048198971144841",
      "created_at" : "Mon May 02 08:45:25 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Three years ago I asked a silly question on a maintainer's forum and they answered with kindness. Now I maintain a library. Pay it forward",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1521256865595250964"
          ],
          "editableUntil" : "2022-05-02T23:34:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "4",
      "id_str" : "1521256865595250964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521256865595250964",
      "created_at" : "Mon May 02 22:34:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Note for anyone building a job queue: your users will put everything into it. Emails, images, video files, an entire database dump once. Set a size limit early and make the error message friendly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522261556590169627"
          ],
          "editableUntil" : "2022-05-05T18:06:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "47",
      "id_str" : "1522261556590169627",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522261556590169627",
      "created_at" : "Thu May 05 17:06:52 +0000 2022",
      "favorited" : false,
      "full_text" : "The spring equinox means two things to me: the days are longer than the nights and I can finally sow tomatoes without being laughed at by the old timers on plot 9.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523041105736826207"
          ],
          "editableUntil" : "2022-05-07T21:44:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "4",
      "id_str" : "1523041105736826207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523041105736826207",
      "created_at" : "Sat May 07 20:44:31 +0000 2022",
      "favorited" : false,
      "full_text" : "I tested the new release on my ancient home server, the one under the stairs with a fan that sounds like a tiny aeroplane. If it works there, it works anywhere.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523371826608434568"
          ],
          "editableUntil" : "2022-05-08T19:38:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          },
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "11",
              "22"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "23",
        "29"
      ],
      "favorite_count" : "15",
      "id_str" : "1523371826608434568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523371826608434568",
      "created_at" : "Sun May 08 18:38:41 +0000 2022",
      "favorited" : false,
      "full_text" : "@rin_codes @kettle_dev agreed",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1523341879276870304",
      "in_reply_to_status_id" : "1523341879276870304",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524133952616270663"
          ],
          "editableUntil" : "2022-05-10T22:07:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "7",
      "id_str" : "1524133952616270663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524133952616270663",
      "created_at" : "Tue May 10 21:07:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Stopped by the library to return books and came out with six more. This happens every time. It is not a library, it's a very slow trap.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524310885139308871"
          ],
          "editableUntil" : "2022-05-11T09:50:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "4",
      "id_str" : "1524310885139308871",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1524310885139308871",
      "created_at" : "Wed May 11 08:50:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Made jam from the allotment blackberries and the kitchen looks like a crime scene. Twelve jars though. Twelve! Everybody is getting jam for their birthday this year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524955960703457735"
          ],
          "editableUntil" : "2022-05-13T04:33:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1524955960703457735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524955960703457735",
      "created_at" : "Fri May 13 03:33:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Gentle reminder that you can just close your laptop. The issues will be there tomorrow. So will you, hopefully, rested.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525749808233606656"
          ],
          "editableUntil" : "2022-05-15T09:07:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "PyCafé meetup",
            "screen_name" : "pycafe_meetup",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "8005359945",
            "id" : "8005359945"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1525749808233606656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525749808233606656",
      "created_at" : "Sun May 15 08:07:56 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @pycafe_meetup: Call for speakers is open! Talks of 5 to 20 minutes, first-time speakers especially welcome",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526598781500699529"
          ],
          "editableUntil" : "2022-05-17T17:21:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "1",
      "id_str" : "1526598781500699529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1526598781500699529",
      "created_at" : "Tue May 17 16:21:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Every year I say I'll grow fewer courgettes, and every year I plant three plants \"just in case\". Three courgette plants feed a small village. I am the village.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1526807527817528785"
          ],
          "editableUntil" : "2022-05-18T07:10:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "14",
      "id_str" : "1526807527817528785",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1526807527817528785",
      "created_at" : "Wed May 18 06:10:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Just realised I've been pronouncing \"cache\" wrong in my head for fifteen years, and no one ever corrected me because I only ever typed it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1527218754157369110"
          ],
          "editableUntil" : "2022-05-19T10:25:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "8",
      "id_str" : "1527218754157369110",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1527218754157369110",
      "created_at" : "Thu May 19 09:25:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Rin and I are running a small online sprint for sproutq next Saturday. If you've always wanted to contribute to open source, come along, we'll find you something nice to work on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528046709765897480"
          ],
          "editableUntil" : "2022-05-21T17:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "8",
      "id_str" : "1528046709765897480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528046709765897480",
      "created_at" : "Sat May 21 16:15:00 +0000 2022",
      "favorited" : false,
      "full_text" : "The sprint was lovely! Nine people, seven pull requests, two new contributors and one long discussion about whether a queue can be \"polite\". (It can. Ours is.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529014633496187988"
          ],
          "editableUntil" : "2022-05-24T09:21:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "1529014633496187988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1529014633496187988",
      "created_at" : "Tue May 24 08:21:11 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sproutq: We're looking for someone to help maintain the Redis backend. It's a few hours a month, and we'll pair with you to start",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1529546609656697617"
          ],
          "editableUntil" : "2022-05-25T20:35:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "id_str" : "1529546609656697617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1529546609656697617",
      "created_at" : "Wed May 25 19:35:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Every API I design now goes through the \"would I understand this while tired\" test. If not, back to the drawing board.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1530576122544562721"
          ],
          "editableUntil" : "2022-05-28T16:45:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "71",
      "id_str" : "1530576122544562721",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1530576122544562721",
      "created_at" : "Sat May 28 15:45:59 +0000 2022",
      "favorited" : false,
      "full_text" : "shipped it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1531371190616860216"
          ],
          "editableUntil" : "2022-05-30T21:25:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "3",
      "id_str" : "1531371190616860216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531371190616860216",
      "created_at" : "Mon May 30 20:25:18 +0000 2022",
      "favorited" : false,
      "full_text" : "There is a particular silence when a full test suite passes on the first try after a huge refactor. It's the silence of someone who doesn't trust it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532159870763245896"
          ],
          "editableUntil" : "2022-06-02T01:39:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "4",
      "id_str" : "1532159870763245896",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1532159870763245896",
      "created_at" : "Thu Jun 02 00:39:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Tried one of those 5am morning routines for a week. Day one: inspired. Day three: tired. Day five: I fell asleep in the bath. Back to 7:30 and happy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532418013397514010"
          ],
          "editableUntil" : "2022-06-02T18:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "2",
      "id_str" : "1532418013397514010",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1532418013397514010",
      "created_at" : "Thu Jun 02 17:45:00 +0000 2022",
      "favorited" : false,
      "full_text" : "My niece asked me what a computer bug is and I said \"when the computer does what you told it instead of what you meant\". She nodded like that explained a lot about adults.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533107917685340422"
          ],
          "editableUntil" : "2022-06-04T16:26:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1533107917685340422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1533107917685340422",
      "created_at" : "Sat Jun 04 15:26:26 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @marisol_k: Auntie June sent the kids a bread kit. The kitchen will never recover. Thanks June",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533719753392408164"
          ],
          "editableUntil" : "2022-06-06T08:57:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "120"
      ],
      "favorite_count" : "4",
      "id_str" : "1533719753392408164",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1533719753392408164",
      "created_at" : "Mon Jun 06 07:57:39 +0000 2022",
      "favorited" : false,
      "full_text" : "@marisol_k tell the kids Auntie June says the bread kit is NOT for throwing at each other, no matter how good the aim is",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1533710693693464479",
      "in_reply_to_status_id" : "1533710693693464479",
      "in_reply_to_user_id" : "6107106915",
      "in_reply_to_user_id_str" : "6107106915",
      "in_reply_to_screen_name" : "marisol_k"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1534375566375297965"
          ],
          "editableUntil" : "2022-06-08T04:23:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "19",
      "id_str" : "1534375566375297965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534375566375297965",
      "created_at" : "Wed Jun 08 03:23:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Booked a week in a cabin with no internet for the autumn. Bringing: books, flour, a flask, wool, and absolutely no laptop. Already nervous. Already excited.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535235738432898739"
          ],
          "editableUntil" : "2022-06-10T13:21:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "1",
      "id_str" : "1535235738432898739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535235738432898739",
      "created_at" : "Fri Jun 10 12:21:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Back from the cabin. Read four books, baked bread in a wood oven (a disaster, then a triumph), knitted half a hat, and did not miss the internet once. Well. Twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535235910401155119"
          ],
          "editableUntil" : "2022-06-10T13:22:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "7",
      "id_str" : "1535235910401155119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535235910401155119",
      "created_at" : "Fri Jun 10 12:22:19 +0000 2022",
      "favorited" : false,
      "full_text" : "The wood oven bread was the best thing I have ever made, and I can never make it again because I don't have a wood oven. This is the tragedy of holidays.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1535235738432898739",
      "in_reply_to_status_id" : "1535235738432898739",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1535715910746522313"
          ],
          "editableUntil" : "2022-06-11T21:09:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "2",
      "id_str" : "1535715910746522313",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1535715910746522313",
      "created_at" : "Sat Jun 11 20:09:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Talking to a friend who's new to programming about imposter syndrome. Told her I've been doing this fifteen years and I still look up how to reverse a list. Everybody does.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536425259826362349"
          ],
          "editableUntil" : "2022-06-13T20:08:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "4",
      "id_str" : "1536425259826362349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536425259826362349",
      "created_at" : "Mon Jun 13 19:08:22 +0000 2022",
      "favorited" : false,
      "full_text" : "I keep a jar of \"nice things people said\" next to my desk. On hard days I read one. Today's: \"your library made my first job less scary\". I'm a bit teary now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1537305845561557754"
          ],
          "editableUntil" : "2022-06-16T06:27:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "0",
              "10"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EecidirQhg",
            "expanded_url" : "https://junipers.garden/photos/crumb-shot",
            "display_url" : "junipers.garden/photos/cr…",
            "indices" : [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "1537305845561557754",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1537305845561557754",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 16 05:27:30 +0000 2022",
      "favorited" : false,
      "full_text" : "#sourdough https://t.co/EecidirQhg",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538167582096961913"
          ],
          "editableUntil" : "2022-06-18T15:31:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "68",
      "id_str" : "1538167582096961913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538167582096961913",
      "created_at" : "Sat Jun 18 14:31:44 +0000 2022",
      "favorited" : false,
      "full_text" : "The most honest commit message I have ever written: \"fix the fix of the fix\". Reader, it was not the last fix.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539022670658377589"
          ],
          "editableUntil" : "2022-06-21T00:09:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "67",
      "id_str" : "1539022670658377589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539022670658377589",
      "created_at" : "Mon Jun 20 23:09:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Made a big pot of vegetable soup with everything left at the end of the allotment season. Called it \"plot 14 soup\". Different every year. Always good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539280817486177804"
          ],
          "editableUntil" : "2022-06-21T17:15:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1539280817486177804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539280817486177804",
      "created_at" : "Tue Jun 21 16:15:20 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @oakmoss_dev: The best code review comment I ever got: \"this is great, and here's one thing that would make it even better\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1539768195613217700"
          ],
          "editableUntil" : "2022-06-23T01:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "4",
      "id_str" : "1539768195613217700",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539768195613217700",
      "created_at" : "Thu Jun 23 00:32:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Thinking about how most of the software I love is written by one or two people in their spare time, and how lucky we are that they keep doing it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1540408653247455008"
          ],
          "editableUntil" : "2022-06-24T19:56:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1540408653247455008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540408653247455008",
      "created_at" : "Fri Jun 24 18:56:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Overheard at the bakery: \"I only eat bread on days ending in y.\" A philosophy I can support.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541115531887386806"
          ],
          "editableUntil" : "2022-06-26T18:45:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HlunOIiqm9",
            "expanded_url" : "https://sproutq.dev/docs/plugins",
            "display_url" : "sproutq.dev/docs/plugins",
            "indices" : [
              "151",
              "174"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "47",
      "id_str" : "1541115531887386806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541115531887386806",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jun 26 17:45:50 +0000 2022",
      "favorited" : false,
      "full_text" : "sproutq now has a plugin API! It's small on purpose: hooks before and after a job runs, and that's it. If you need more, tell us what you're building. https://t.co/HlunOIiqm9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541374240750608703"
          ],
          "editableUntil" : "2022-06-27T11:53:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "5",
      "id_str" : "1541374240750608703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541374240750608703",
      "created_at" : "Mon Jun 27 10:53:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Plugins already! Someone wrote one that posts a frog emoji to their team chat whenever a job succeeds. This is exactly the kind of ecosystem I wanted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541793272690891508"
          ],
          "editableUntil" : "2022-06-28T15:38:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Harold on plot 9",
            "screen_name" : "plot9_harold",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "4717495964",
            "id" : "4717495964"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "15"
      ],
      "favorite_count" : "3",
      "id_str" : "1541793272690891508",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1541793272690891508",
      "created_at" : "Tue Jun 28 14:38:56 +0000 2022",
      "favorited" : false,
      "full_text" : "@plot9_harold 🙏",
      "lang" : "und",
      "in_reply_to_status_id_str" : "1541674993317163262",
      "in_reply_to_status_id" : "1541674993317163262",
      "in_reply_to_user_id" : "4717495964",
      "in_reply_to_user_id_str" : "4717495964",
      "in_reply_to_screen_name" : "plot9_harold"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541953163755157585"
          ],
          "editableUntil" : "2022-06-29T02:14:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "8",
      "id_str" : "1541953163755157585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541953163755157585",
      "created_at" : "Wed Jun 29 01:14:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Writing tests for time-based code is like baking at altitude. Everything you thought you knew is slightly wrong and nobody warned you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1542937667568654228"
          ],
          "editableUntil" : "2022-07-01T19:26:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1542937667568654228",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1542937667568654228",
      "created_at" : "Fri Jul 01 18:26:21 +0000 2022",
      "favorited" : false,
      "full_text" : "The moment in a pairing session when the other person says \"wait, go back\" and you both see it at the same time. Best feeling in programming.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543101803266756898"
          ],
          "editableUntil" : "2022-07-02T06:18:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "7",
      "id_str" : "1543101803266756898",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1543101803266756898",
      "created_at" : "Sat Jul 02 05:18:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Told myself I'd only buy seeds I need. Came home with sunflowers, three kinds of beans, purple carrots and something called \"cucamelon\". I have no regrets and no space.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543585100331512073"
          ],
          "editableUntil" : "2022-07-03T14:19:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1543585100331512073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543585100331512073",
      "created_at" : "Sun Jul 03 13:19:01 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @deltafern: Anyone want spare tomato seedlings? I have forty and a garden the size of a tablecloth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1543935949668766750"
          ],
          "editableUntil" : "2022-07-04T13:33:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "2",
      "id_str" : "1543935949668766750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543935949668766750",
      "created_at" : "Mon Jul 04 12:33:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Cucamelon update: they are tiny, they taste like a cucumber that has been told a joke, and the plant is trying to take over the fence. 10/10 would grow again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544174773337705000"
          ],
          "editableUntil" : "2022-07-05T05:22:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "7",
      "id_str" : "1544174773337705000",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1544174773337705000",
      "created_at" : "Tue Jul 05 04:22:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Shoutout to everyone who maintains the boring bits: packaging, CI, release scripts, translations. The exciting features stand on your shoulders.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544373587541872512"
          ],
          "editableUntil" : "2022-07-05T18:32:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "id_str" : "1544373587541872512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544373587541872512",
      "created_at" : "Tue Jul 05 17:32:11 +0000 2022",
      "favorited" : false,
      "full_text" : "I'd like to thank my sourdough starter, my cat, my sister, and the anonymous person who wrote the forum answer I have visited 200 times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1544692413365852285"
          ],
          "editableUntil" : "2022-07-06T15:39:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "0",
      "id_str" : "1544692413365852285",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1544692413365852285",
      "created_at" : "Wed Jul 06 14:39:05 +0000 2022",
      "favorited" : false,
      "full_text" : "wow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1545471488554618297"
          ],
          "editableUntil" : "2022-07-08T19:14:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "23",
      "id_str" : "1545471488554618297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1545471488554618297",
      "created_at" : "Fri Jul 08 18:14:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Started each meeting this week by asking everyone what they had for breakfast. Meetings are 20% longer and 100% nicer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546017104591774872"
          ],
          "editableUntil" : "2022-07-10T07:22:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RpA5A2553O",
            "expanded_url" : "https://sproutq.dev/docs/reviewing",
            "display_url" : "sproutq.dev/docs/reviewing",
            "indices" : [
              "164",
              "187"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "49",
      "id_str" : "1546017104591774872",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546017104591774872",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jul 10 06:22:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote a short guide for reviewing pull requests in sproutq. Main points: be kind, be specific, say what is great, and say if something is a must or just a thought. https://t.co/RpA5A2553O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546772108673434821"
          ],
          "editableUntil" : "2022-07-12T09:23:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1546772108673434821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546772108673434821",
      "created_at" : "Tue Jul 12 08:23:03 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @priya_docs: Writing tip: start with the example, then explain it. Nobody learns from a wall of definitions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1547644905586702128"
          ],
          "editableUntil" : "2022-07-14T19:11:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "6",
      "id_str" : "1547644905586702128",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1547644905586702128",
      "created_at" : "Thu Jul 14 18:11:14 +0000 2022",
      "favorited" : false,
      "full_text" : "First snow of the winter. The allotment looks like a cake with icing. The compost heap is steaming through it like a tiny volcano.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548207424666911698"
          ],
          "editableUntil" : "2022-07-16T08:26:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "6",
      "id_str" : "1548207424666911698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548207424666911698",
      "created_at" : "Sat Jul 16 07:26:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Snow day. The bread is rising, the cat is asleep on the radiator, I'm answering issues in a jumper with holes in the sleeves. Perfect working conditions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548839397229464649"
          ],
          "editableUntil" : "2022-07-18T02:17:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "3",
      "id_str" : "1548839397229464649",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1548839397229464649",
      "created_at" : "Mon Jul 18 01:17:43 +0000 2022",
      "favorited" : false,
      "full_text" : "The most useful feature I ever added to sproutq was a --dry-run flag. People trust a tool more when it can show them what it would do before it does it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1548839938291711343"
          ],
          "editableUntil" : "2022-07-18T02:19:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "52",
      "id_str" : "1548839938291711343",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1548839938291711343",
      "created_at" : "Mon Jul 18 01:19:52 +0000 2022",
      "favorited" : false,
      "full_text" : "The second most useful feature was making every job have a human readable name in the logs. \"send-welcome-email\" beats \"job 8f3a2c\" every time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1548839397229464649",
      "in_reply_to_status_id" : "1548839397229464649",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549669970082221996"
          ],
          "editableUntil" : "2022-07-20T09:18:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "7",
      "id_str" : "1549669970082221996",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1549669970082221996",
      "created_at" : "Wed Jul 20 08:18:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Reminder to myself: the person filing the angry issue is probably having a bad day. Answer the question, skip the tone, and move on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1549992621111482366"
          ],
          "editableUntil" : "2022-07-21T06:40:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "13"
      ],
      "favorite_count" : "7",
      "id_str" : "1549992621111482366",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1549992621111482366",
      "created_at" : "Thu Jul 21 05:40:13 +0000 2022",
      "favorited" : false,
      "full_text" : "@marisol_k 😂😂",
      "lang" : "und",
      "in_reply_to_status_id_str" : "1549970726843971098",
      "in_reply_to_status_id" : "1549970726843971098",
      "in_reply_to_user_id" : "6107106915",
      "in_reply_to_user_id_str" : "6107106915",
      "in_reply_to_screen_name" : "marisol_k"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550499041378999086"
          ],
          "editableUntil" : "2022-07-22T16:12:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "24",
      "id_str" : "1550499041378999086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550499041378999086",
      "created_at" : "Fri Jul 22 15:12:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Spent the evening helping my neighbour set up a password manager. In return she gave me a whole apple pie. Best trade I've ever made.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550696941221920621"
          ],
          "editableUntil" : "2022-07-23T05:18:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "6",
      "id_str" : "1550696941221920621",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1550696941221920621",
      "created_at" : "Sat Jul 23 04:18:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Gardening friends: what's your favourite variety of tomato? I'm torn between a big ugly heirloom and the little yellow ones that taste like sweets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550895784786644177"
          ],
          "editableUntil" : "2022-07-23T18:29:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1550895784786644177",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550895784786644177",
      "created_at" : "Sat Jul 23 17:29:04 +0000 2022",
      "favorited" : false,
      "full_text" : "@deltafern I'd love some of your tomato seeds for next year, mine were a disappointment. Swap for a loaf?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1550846711429164811",
      "in_reply_to_status_id" : "1550846711429164811",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551763045220521730"
          ],
          "editableUntil" : "2022-07-26T03:55:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "2",
      "id_str" : "1551763045220521730",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1551763045220521730",
      "created_at" : "Tue Jul 26 02:55:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Made a seed swap box and put it at the allotment gate. Take a packet, leave a packet. By the weekend it had seeds from twelve different plots and a note saying \"thank you\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1551986387712475886"
          ],
          "editableUntil" : "2022-07-26T18:42:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "111"
      ],
      "favorite_count" : "8",
      "id_str" : "1551986387712475886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551986387712475886",
      "created_at" : "Tue Jul 26 17:42:44 +0000 2022",
      "favorited" : false,
      "full_text" : "@deltafern the seed swap box was your idea first, I just built it from an old wine crate. Credit where it's due",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1551912903507851451",
      "in_reply_to_status_id" : "1551912903507851451",
      "in_reply_to_user_id" : "6716104761",
      "in_reply_to_user_id_str" : "6716104761",
      "in_reply_to_screen_name" : "deltafern"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552614912556596001"
          ],
          "editableUntil" : "2022-07-28T12:20:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "7",
      "id_str" : "1552614912556596001",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1552614912556596001",
      "created_at" : "Thu Jul 28 11:20:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Python packaging has gotten so much better in the last few years and I feel like nobody talks about it enough. Thank you to the people who did that work.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553118526830752416"
          ],
          "editableUntil" : "2022-07-29T21:41:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "6",
      "id_str" : "1553118526830752416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553118526830752416",
      "created_at" : "Fri Jul 29 20:41:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Cutting a release is like putting a loaf in the oven: everything important happened before, and now you just have to wait and hope.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1553485528431876142"
          ],
          "editableUntil" : "2022-07-30T21:59:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1553485528431876142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553485528431876142",
      "created_at" : "Sat Jul 30 20:59:47 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @rin_codes: Cutting the 1.3 release today. Wish us luck and fewer timezones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1554501883789781875"
          ],
          "editableUntil" : "2022-08-02T17:18:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1554501883789781875",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1554501883789781875",
      "created_at" : "Tue Aug 02 16:18:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Dear diary: today I wrote 3 lines of code and deleted 200. My manager (me) is very pleased.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1555175715503008105"
          ],
          "editableUntil" : "2022-08-04T13:55:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "7",
      "id_str" : "1555175715503008105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1555175715503008105",
      "created_at" : "Thu Aug 04 12:55:59 +0000 2022",
      "favorited" : false,
      "full_text" : "I think my favourite part of open source is the international bit. Today I helped someone in Brazil, got a fix from someone in Japan, and chatted about bread with someone in Poland.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556023715689830953"
          ],
          "editableUntil" : "2022-08-06T22:05:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "6",
      "id_str" : "1556023715689830953",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1556023715689830953",
      "created_at" : "Sat Aug 06 21:05:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Biscuit has learned to open the cupboard with the treats. This is a security incident. I'm writing the post-mortem now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556024709742496096"
          ],
          "editableUntil" : "2022-08-06T22:09:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "6",
      "id_str" : "1556024709742496096",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1556024709742496096",
      "created_at" : "Sat Aug 06 21:09:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Post-mortem for the cat treat incident: root cause was a loose hinge. Mitigation: a hair tie. Lessons learned: never underestimate a motivated attacker.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1556023715689830953",
      "in_reply_to_status_id" : "1556023715689830953",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1556741734397480289"
          ],
          "editableUntil" : "2022-08-08T21:38:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "8",
      "id_str" : "1556741734397480289",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1556741734397480289",
      "created_at" : "Mon Aug 08 20:38:47 +0000 2022",
      "favorited" : false,
      "full_text" : "Monday again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557547435033489567"
          ],
          "editableUntil" : "2022-08-11T03:00:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "0",
      "id_str" : "1557547435033489567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1557547435033489567",
      "created_at" : "Thu Aug 11 02:00:21 +0000 2022",
      "favorited" : false,
      "full_text" : "When someone asks \"can I help with the project?\" my answer is always yes, and the first task is always \"try the quickstart and tell me where you got stuck\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1557818504510792470"
          ],
          "editableUntil" : "2022-08-11T20:57:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1557818504510792470",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1557818504510792470",
      "created_at" : "Thu Aug 11 19:57:29 +0000 2022",
      "favorited" : false,
      "full_text" : "The quickstart got 40% shorter thanks to three new contributors each telling us where they got stuck. Best feedback loop we have.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1558578462064858690"
          ],
          "editableUntil" : "2022-08-13T23:17:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1558578462064858690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1558578462064858690",
      "created_at" : "Sat Aug 13 22:17:17 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @priya_docs: A tutorial, a how-to, a reference and an explanation are four different documents. Stop trying to write all of them at once",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1559634180965314446"
          ],
          "editableUntil" : "2022-08-16T21:12:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "4",
      "id_str" : "1559634180965314446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559634180965314446",
      "created_at" : "Tue Aug 16 20:12:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Every time I open a new notebook I think \"this is the one I will keep neat\". By page three it's shopping lists, code sketches and a diagram of a raised bed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1560528997971200571"
          ],
          "editableUntil" : "2022-08-19T08:28:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "3",
      "id_str" : "1560528997971200571",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1560528997971200571",
      "created_at" : "Fri Aug 19 07:28:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Nothing humbles you like explaining your own code to someone new and realising halfway through that you don't know why it works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561053491494509115"
          ],
          "editableUntil" : "2022-08-20T19:12:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "8",
      "id_str" : "1561053491494509115",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1561053491494509115",
      "created_at" : "Sat Aug 20 18:12:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Tomorrow is the allotment AGM. I've been told there will be biscuits and a heated debate about hosepipes. I'm bringing shortbread and my strongest opinions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561053717987736663"
          ],
          "editableUntil" : "2022-08-20T19:13:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1561053717987736663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561053717987736663",
      "created_at" : "Sat Aug 20 18:13:04 +0000 2022",
      "favorited" : false,
      "full_text" : "The hosepipe debate ended peacefully. We're getting a rota. I'm on Wednesdays. Power has gone to my head already.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1561053491494509115",
      "in_reply_to_status_id" : "1561053491494509115",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1561548805243873580"
          ],
          "editableUntil" : "2022-08-22T04:00:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "opensource",
            "indices" : [
              "148",
              "159"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "8",
      "id_str" : "1561548805243873580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561548805243873580",
      "created_at" : "Mon Aug 22 03:00:22 +0000 2022",
      "favorited" : false,
      "full_text" : "sproutq turns four today! 🎂 Four years of queues, retries and timezones. Thank you to everyone who used it, broke it, fixed it and talked about it. #opensource",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562116714001614414"
          ],
          "editableUntil" : "2022-08-23T17:37:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "1562116714001614414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1562116714001614414",
      "created_at" : "Tue Aug 23 16:37:02 +0000 2022",
      "favorited" : false,
      "full_text" : "@sproutq 💚",
      "lang" : "und",
      "in_reply_to_status_id_str" : "1562000699554692937",
      "in_reply_to_status_id" : "1562000699554692937",
      "in_reply_to_user_id" : "9069453261",
      "in_reply_to_user_id_str" : "9069453261",
      "in_reply_to_screen_name" : "sproutq"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1562320850781133433"
          ],
          "editableUntil" : "2022-08-24T07:08:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "4",
      "id_str" : "1562320850781133433",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1562320850781133433",
      "created_at" : "Wed Aug 24 06:08:12 +0000 2022",
      "favorited" : false,
      "full_text" : "My idea of a good weekend: the farmers market on Saturday morning, bread in the afternoon, a long walk on Sunday, and no notifications after 6pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563002915911892302"
          ],
          "editableUntil" : "2022-08-26T04:18:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "4",
      "id_str" : "1563002915911892302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563002915911892302",
      "created_at" : "Fri Aug 26 03:18:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Just found out my aunt uses a website that runs on sproutq. She has no idea. I'm not going to tell her. I just like knowing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1563923175571249237"
          ],
          "editableUntil" : "2022-08-28T17:15:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Harold on plot 9",
            "screen_name" : "plot9_harold",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "4717495964",
            "id" : "4717495964"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1563923175571249237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563923175571249237",
      "created_at" : "Sun Aug 28 16:15:16 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @plot9_harold: Forty years on plot 9 and I still get excited about the first broad beans",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1564916139295436833"
          ],
          "editableUntil" : "2022-08-31T11:00:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "6",
      "id_str" : "1564916139295436833",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1564916139295436833",
      "created_at" : "Wed Aug 31 10:00:57 +0000 2022",
      "favorited" : false,
      "full_text" : "I'm not saying the allotment is my favourite place in the world, but I do have a mug that says \"I'd rather be at plot 14\". My sister got it made. She knows me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565317580323915644"
          ],
          "editableUntil" : "2022-09-01T13:36:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "5",
      "id_str" : "1565317580323915644",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565317580323915644",
      "created_at" : "Thu Sep 01 12:36:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Went to a fancy restaurant and the bread was the best part of the meal. I asked the waiter about their starter. He looked at me like I was a bit odd. I am a bit odd.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565593754269185263"
          ],
          "editableUntil" : "2022-09-02T07:53:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "2",
      "id_str" : "1565593754269185263",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565593754269185263",
      "created_at" : "Fri Sep 02 06:53:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Trying a new thing: every Friday I write down one thing I learned this week. This week: you can't freeze mayonnaise, and threads &amp; forks do not get along.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1565827859349928838"
          ],
          "editableUntil" : "2022-09-02T23:23:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "6",
      "id_str" : "1565827859349928838",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1565827859349928838",
      "created_at" : "Fri Sep 02 22:23:48 +0000 2022",
      "favorited" : false,
      "full_text" : "This week I learned: pull request templates are read by about half of people, and the half who read them write twice as good pull requests. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566330995472997830"
          ],
          "editableUntil" : "2022-09-04T08:43:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "4",
      "id_str" : "1566330995472997830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566330995472997830",
      "created_at" : "Sun Sep 04 07:43:05 +0000 2022",
      "favorited" : false,
      "full_text" : "This week I learned: peas want to climb. Give them something to climb and they are happy. Just like junior developers. (Give them mentors, I mean, not fences.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566884802986890086"
          ],
          "editableUntil" : "2022-09-05T21:23:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "7",
      "id_str" : "1566884802986890086",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1566884802986890086",
      "created_at" : "Mon Sep 05 20:23:43 +0000 2022",
      "favorited" : false,
      "full_text" : "This week I learned: the difference between baking soda and baking powder. Yes, I have been baking for ten years. Yes, it was a very flat cake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1567718899054005410"
          ],
          "editableUntil" : "2022-09-08T04:38:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "5",
      "id_str" : "1567718899054005410",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1567718899054005410",
      "created_at" : "Thu Sep 08 03:38:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Sometimes the most useful thing you can do for a project is update its dependencies and fix the deprecation warnings. Not glamorous, very kind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568012219319297560"
          ],
          "editableUntil" : "2022-09-09T00:03:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tomatoseason",
            "indices" : [
              "0",
              "13"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "7",
      "id_str" : "1568012219319297560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568012219319297560",
      "created_at" : "Thu Sep 08 23:03:40 +0000 2022",
      "favorited" : false,
      "full_text" : "#tomatoseason is here and I've already had three tomato sandwiches today. White bread, good salt, thick slices. That's the whole recipe.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568429602896803108"
          ],
          "editableUntil" : "2022-09-10T03:42:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2PGK5JBOts",
            "expanded_url" : "https://kettle.dev/projects/qtop",
            "display_url" : "kettle.dev/projects/qtop",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1568429602896803108",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568429602896803108",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 10 02:42:12 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Wrote a tiny tool to show what's in your job queue in the terminal, with colours! https://t.co/2PGK5JBOts",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569191619851395785"
          ],
          "editableUntil" : "2022-09-12T06:10:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "135"
      ],
      "favorite_count" : "6",
      "id_str" : "1569191619851395785",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1569191619851395785",
      "created_at" : "Mon Sep 12 05:10:11 +0000 2022",
      "favorited" : false,
      "full_text" : "@kettle_dev your qtop tool is so good, I've been using it all week to watch the beta. The colours make the failures look almost festive",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1569183566791186181",
      "in_reply_to_status_id" : "1569183566791186181",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1569767611036620482"
          ],
          "editableUntil" : "2022-09-13T20:18:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "5",
      "id_str" : "1569767611036620482",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1569767611036620482",
      "created_at" : "Tue Sep 13 19:18:58 +0000 2022",
      "favorited" : false,
      "full_text" : "My \"read later\" list has 312 articles. I will read none of them. But I feel like a more informed person just for saving them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570196331822924723"
          ],
          "editableUntil" : "2022-09-15T00:42:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "5",
      "id_str" : "1570196331822924723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1570196331822924723",
      "created_at" : "Wed Sep 14 23:42:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Trying to keep my work hours reasonable this year. Tools that help: a physical timer, a walk at lunch, and a cat who demands dinner at 6 sharp.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570399277414119790"
          ],
          "editableUntil" : "2022-09-15T14:08:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "8",
      "id_str" : "1570399277414119790",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1570399277414119790",
      "created_at" : "Thu Sep 15 13:08:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Library design lesson from this week: if two options can never be used together, they're probably one option with two values.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570876115253642041"
          ],
          "editableUntil" : "2022-09-16T21:43:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "7",
      "id_str" : "1570876115253642041",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1570876115253642041",
      "created_at" : "Fri Sep 16 20:43:46 +0000 2022",
      "favorited" : false,
      "full_text" : "soup weather",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1571773935384370379"
          ],
          "editableUntil" : "2022-09-19T09:11:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "6",
      "id_str" : "1571773935384370379",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1571773935384370379",
      "created_at" : "Mon Sep 19 08:11:23 +0000 2022",
      "favorited" : false,
      "full_text" : "A user emailed to say sproutq is running their small bakery's online orders. A bakery! Running on my queue! This is the crossover I've been waiting for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1571774233180157139"
          ],
          "editableUntil" : "2022-09-19T09:12:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "8",
      "id_str" : "1571774233180157139",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1571774233180157139",
      "created_at" : "Mon Sep 19 08:12:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Visited the bakery that runs on sproutq. They gave me a free loaf and showed me their order screen. I may have cried a bit next to the baguettes.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1571773935384370379",
      "in_reply_to_status_id" : "1571773935384370379",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572721919391577902"
          ],
          "editableUntil" : "2022-09-21T23:58:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "6",
      "id_str" : "1572721919391577902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572721919391577902",
      "created_at" : "Wed Sep 21 22:58:20 +0000 2022",
      "favorited" : false,
      "full_text" : "The best thing about getting older as a programmer is that you stop being afraid of saying \"I don't know\". The second best thing is reading glasses.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1573703705294149141"
          ],
          "editableUntil" : "2022-09-24T16:59:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "7",
      "id_str" : "1573703705294149141",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1573703705294149141",
      "created_at" : "Sat Sep 24 15:59:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Rewatched an old conference talk I gave in 2019. Fast, nervous, too many slides. But the main point still holds up: make failure boring.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1574497292780550933"
          ],
          "editableUntil" : "2022-09-26T21:33:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "6",
      "id_str" : "1574497292780550933",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1574497292780550933",
      "created_at" : "Mon Sep 26 20:33:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Garden jobs for this weekend: net the brassicas, weed the onions, tie in the tomatoes, fix the water butt lid, and sit in the sun for at least an hour. The last one is non negotiable.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1574931742980405681"
          ],
          "editableUntil" : "2022-09-28T02:19:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "id_str" : "1574931742980405681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1574931742980405681",
      "created_at" : "Wed Sep 28 01:19:23 +0000 2022",
      "favorited" : false,
      "full_text" : "I have a theory that every developer has one language they secretly love and never use at work. Mine is Lisp. We don't talk about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1575448489621965738"
          ],
          "editableUntil" : "2022-09-29T12:32:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "1575448489621965738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575448489621965738",
      "created_at" : "Thu Sep 29 11:32:45 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @tomas_bakes: New sourdough workshop this autumn. Bring a jar, leave with a starter and a reason to get up early",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576163261940627878"
          ],
          "editableUntil" : "2022-10-01T11:53:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "8",
      "id_str" : "1576163261940627878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1576163261940627878",
      "created_at" : "Sat Oct 01 10:53:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Dinner tonight was a fresh loaf, good butter, allotment radishes and a bit of salt. I don't need restaurants, I need a garden and an oven.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576453281284254447"
          ],
          "editableUntil" : "2022-10-02T07:05:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "3",
      "id_str" : "1576453281284254447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1576453281284254447",
      "created_at" : "Sun Oct 02 06:05:26 +0000 2022",
      "favorited" : false,
      "full_text" : "The amount of joy I get from a well organised toolbox is honestly a bit embarrassing. Every screwdriver in its place, every drill bit sorted by size.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1577496945751600637"
          ],
          "editableUntil" : "2022-10-05T04:12:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "1",
      "id_str" : "1577496945751600637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577496945751600637",
      "created_at" : "Wed Oct 05 03:12:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Hard lesson this month: you can't make everyone happy with a default. Pick the one that's safest, document it well, and make it easy to change.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578078355979879133"
          ],
          "editableUntil" : "2022-10-06T18:42:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "59",
      "id_str" : "1578078355979879133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578078355979879133",
      "created_at" : "Thu Oct 06 17:42:54 +0000 2022",
      "favorited" : false,
      "full_text" : "The sproutq forum hit 1,000 members today. I remember when it was me, Rin, and one lovely person who only ever asked about Windows.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578079123537068468"
          ],
          "editableUntil" : "2022-10-06T18:45:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1578079123537068468",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1578079123537068468",
      "created_at" : "Thu Oct 06 17:45:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Update on the Windows person: they're now our Windows maintainer. Never underestimate the person asking questions.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1578078355979879133",
      "in_reply_to_status_id" : "1578078355979879133",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578327329865628192"
          ],
          "editableUntil" : "2022-10-07T11:12:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "131"
      ],
      "favorite_count" : "8",
      "id_str" : "1578327329865628192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578327329865628192",
      "created_at" : "Fri Oct 07 10:12:14 +0000 2022",
      "favorited" : false,
      "full_text" : "@oakmoss_dev we don't have a Discord, but the discussion forum is pretty active and I read everything there, usually with breakfast",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1578228931491735516",
      "in_reply_to_status_id" : "1578228931491735516",
      "in_reply_to_user_id" : "4445160425",
      "in_reply_to_user_id_str" : "4445160425",
      "in_reply_to_screen_name" : "oakmoss_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578535358952954770"
          ],
          "editableUntil" : "2022-10-08T00:58:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1578535358952954770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578535358952954770",
      "created_at" : "Fri Oct 07 23:58:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Cycling home in the rain, soaked through, singing to myself. Someone on the pavement laughed and waved. Best commute of the year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578689713535866471"
          ],
          "editableUntil" : "2022-10-08T11:12:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "4",
      "id_str" : "1578689713535866471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578689713535866471",
      "created_at" : "Sat Oct 08 10:12:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Spring cleaning the repo: closed stale branches, archived old experiments, updated the CONTRIBUTING file. Feels like opening all the windows after winter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579739258420101154"
          ],
          "editableUntil" : "2022-10-11T08:42:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "21"
      ],
      "favorite_count" : "6",
      "id_str" : "1579739258420101154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1579739258420101154",
      "created_at" : "Tue Oct 11 07:42:44 +0000 2022",
      "favorited" : false,
      "full_text" : "@kettle_dev same here",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1579594554930659506",
      "in_reply_to_status_id" : "1579594554930659506",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580067055860667491"
          ],
          "editableUntil" : "2022-10-12T06:25:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "1580067055860667491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580067055860667491",
      "created_at" : "Wed Oct 12 05:25:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Grandma's recipe book has a page for \"Sunday loaf\" with instructions like \"flour, enough\" and \"bake until it sounds right\". I have been decoding it for years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580067705978804877"
          ],
          "editableUntil" : "2022-10-12T06:27:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "5",
      "id_str" : "1580067705978804877",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580067705978804877",
      "created_at" : "Wed Oct 12 05:27:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Finally figured out \"bake until it sounds right\": tap the bottom of the loaf and it should sound hollow, like knocking on a door. She was right, as always.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1580067055860667491",
      "in_reply_to_status_id" : "1580067055860667491",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580342420308987336"
          ],
          "editableUntil" : "2022-10-13T00:39:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "5",
      "id_str" : "1580342420308987336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580342420308987336",
      "created_at" : "Wed Oct 12 23:39:29 +0000 2022",
      "favorited" : false,
      "full_text" : "A good test name reads like a sentence: \"retries a failed job with a longer delay each time\". When it fails you already know what broke.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580625703598731962"
          ],
          "editableUntil" : "2022-10-13T19:25:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "id_str" : "1580625703598731962",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1580625703598731962",
      "created_at" : "Thu Oct 13 18:25:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Pulled leeks in the frost this morning. My fingers may never recover but the soup will be worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1581189216731451210"
          ],
          "editableUntil" : "2022-10-15T08:44:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "id_str" : "1581189216731451210",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1581189216731451210",
      "created_at" : "Sat Oct 15 07:44:21 +0000 2022",
      "favorited" : false,
      "full_text" : "I'm convinced the real reason people love sourdough is that it gives you a living thing to worry about that isn't yourself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1581651160596926392"
          ],
          "editableUntil" : "2022-10-16T15:19:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "1581651160596926392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1581651160596926392",
      "created_at" : "Sun Oct 16 14:19:57 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @tomas_bakes: Saturday bread class is full! Thank you all. Next one is in March, sign up early, I only have eight ovens",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582120155085441465"
          ],
          "editableUntil" : "2022-10-17T22:23:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "125"
      ],
      "favorite_count" : "52",
      "id_str" : "1582120155085441465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582120155085441465",
      "created_at" : "Mon Oct 17 21:23:34 +0000 2022",
      "favorited" : false,
      "full_text" : "@tomas_bakes yes I'll come to the bread class on Saturday! Should I bring anything apart from an apron and a humble attitude?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1582103042324359138",
      "in_reply_to_status_id" : "1582103042324359138",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582589531257901214"
          ],
          "editableUntil" : "2022-10-19T05:28:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "8",
              "20"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "5",
      "id_str" : "1582589531257901214",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1582589531257901214",
      "created_at" : "Wed Oct 19 04:28:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Went to @tomas_bakes's bread class and learned that I've been shaping my loaves wrong for six years. Six years! They were still nice though. Humbling day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583096593252424581"
          ],
          "editableUntil" : "2022-10-20T15:03:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "171"
      ],
      "favorite_count" : "1",
      "id_str" : "1583096593252424581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583096593252424581",
      "created_at" : "Thu Oct 20 14:03:35 +0000 2022",
      "favorited" : false,
      "full_text" : "What do you do when you're stuck on a problem? I go for a walk, explain it to the cat, and if that fails, I bake something. Usually the answer comes while the dough rises.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583714460366736041"
          ],
          "editableUntil" : "2022-10-22T07:58:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "id_str" : "1583714460366736041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583714460366736041",
      "created_at" : "Sat Oct 22 06:58:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Our test suite now runs in 90 seconds instead of 14 minutes. I removed the sleep. I finally removed the sleep. Free at last.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1583873348993228005"
          ],
          "editableUntil" : "2022-10-22T18:30:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "4",
      "id_str" : "1583873348993228005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583873348993228005",
      "created_at" : "Sat Oct 22 17:30:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Being an open source maintainer for a few years teaches you that most \"urgent\" things can wait until Monday, and the truly urgent ones you will know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584282331381905301"
          ],
          "editableUntil" : "2022-10-23T21:35:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "id_str" : "1584282331381905301",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1584282331381905301",
      "created_at" : "Sun Oct 23 20:35:17 +0000 2022",
      "favorited" : false,
      "full_text" : "The hedgehog is back at the allotment! Saw it snuffling under the bean poles at dusk. Please, little friend, eat all the slugs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584701099079402425"
          ],
          "editableUntil" : "2022-10-25T01:19:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Harold on plot 9",
            "screen_name" : "plot9_harold",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "4717495964",
            "id" : "4717495964"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1584701099079402425",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1584701099079402425",
      "created_at" : "Tue Oct 25 00:19:19 +0000 2022",
      "favorited" : false,
      "full_text" : "@plot9_harold the hedgehog is back! I know you said it would come back when the beans went up, and you were right as always",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1584583071367594200",
      "in_reply_to_status_id" : "1584583071367594200",
      "in_reply_to_user_id" : "4717495964",
      "in_reply_to_user_id_str" : "4717495964",
      "in_reply_to_screen_name" : "plot9_harold"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1584983103110813900"
          ],
          "editableUntil" : "2022-10-25T19:59:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "7",
      "id_str" : "1584983103110813900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1584983103110813900",
      "created_at" : "Tue Oct 25 18:59:54 +0000 2022",
      "favorited" : false,
      "full_text" : "I'm thinking about writing a little cookbook of the recipes I bake most. Not for selling, just for my family. Mostly so my sister stops texting me at 9pm asking about scones.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1585489053614662759"
          ],
          "editableUntil" : "2022-10-27T05:30:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol Holt",
            "screen_name" : "marisol_k",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6107106915",
            "id" : "6107106915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1585489053614662759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1585489053614662759",
      "created_at" : "Thu Oct 27 04:30:22 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @marisol_k: Family rule: whoever bakes doesn't wash up. My sister has not washed up since 2015",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586276999757404862"
          ],
          "editableUntil" : "2022-10-29T09:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "2",
      "id_str" : "1586276999757404862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586276999757404862",
      "created_at" : "Sat Oct 29 08:41:23 +0000 2022",
      "favorited" : false,
      "full_text" : "The best part of the week was a stranger on the forum saying \"your docs made me understand queues for the first time\". Priya, this one is yours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587181274920384190"
          ],
          "editableUntil" : "2022-10-31T21:34:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "15",
              "26"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1U4glNvIiC",
            "expanded_url" : "https://sproutq.dev/docs/tutorial",
            "display_url" : "sproutq.dev/docs/tutorial",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "5",
      "id_str" : "1587181274920384190",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1587181274920384190",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 31 20:34:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Huge thanks to @priya_docs for rewriting our tutorial from scratch. It's twice as clear and half as long. https://t.co/1U4glNvIiC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587395767434884748"
          ],
          "editableUntil" : "2022-11-01T11:46:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1587395767434884748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587395767434884748",
      "created_at" : "Tue Nov 01 10:46:58 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @priya_docs: Writing tip: if a sentence has two commas and a semicolon, it is probably two sentences &lt; one good example",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587917899560299094"
          ],
          "editableUntil" : "2022-11-02T22:21:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Nair",
            "screen_name" : "priya_docs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "8183845892",
            "id" : "8183845892"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "119"
      ],
      "favorite_count" : "7",
      "id_str" : "1587917899560299094",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1587917899560299094",
      "created_at" : "Wed Nov 02 21:21:44 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_docs would you be up for reviewing the new async docs before the release? No rush, and I'll pay in cinnamon buns",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1587847686912468583",
      "in_reply_to_status_id" : "1587847686912468583",
      "in_reply_to_user_id" : "8183845892",
      "in_reply_to_user_id_str" : "8183845892",
      "in_reply_to_screen_name" : "priya_docs"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1588412978430365661"
          ],
          "editableUntil" : "2022-11-04T07:09:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ycprbdjzx5",
            "expanded_url" : "https://sproutq.dev/changelog/2.0b1",
            "display_url" : "sproutq.dev/changelog/2.0…",
            "indices" : [
              "149",
              "172"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "8",
      "id_str" : "1588412978430365661",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1588412978430365661",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 04 06:09:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Beta of sproutq 2.0 is out for testing! The big change is async workers by default. Please, please try it on something real and tell us what breaks. https://t.co/Ycprbdjzx5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589455099396821868"
          ],
          "editableUntil" : "2022-11-07T04:10:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "4",
      "id_str" : "1589455099396821868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589455099396821868",
      "created_at" : "Mon Nov 07 03:10:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Async beta feedback so far: fast, mostly stable, one deadlock, one memory leak, and one person saying it made their app \"suspiciously quiet\". We're on it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1589455523018950634"
          ],
          "editableUntil" : "2022-11-07T04:11:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "54",
      "id_str" : "1589455523018950634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589455523018950634",
      "created_at" : "Mon Nov 07 03:11:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Found the deadlock. It was two things waiting for each other politely, like two people at a door saying \"after you\". Forever.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1589455099396821868",
      "in_reply_to_status_id" : "1589455099396821868",
      "in_reply_to_user_id" : "1357924680",
      "in_reply_to_user_id_str" : "1357924680",
      "in_reply_to_screen_name" : "botfarm_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590142323523939246"
          ],
          "editableUntil" : "2022-11-09T01:40:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "140"
      ],
      "favorite_count" : "5",
      "id_str" : "1590142323523939246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590142323523939246",
      "created_at" : "Wed Nov 09 00:40:48 +0000 2022",
      "favorited" : false,
      "full_text" : "@rin_codes did you see the memory graph from the beta? It looks like a staircase. A staircase to nowhere. I'll look into it tomorrow morning",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1590058269670662048",
      "in_reply_to_status_id" : "1590058269670662048",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590472478161601567"
          ],
          "editableUntil" : "2022-11-09T23:32:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1590472478161601567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590472478161601567",
      "created_at" : "Wed Nov 09 22:32:43 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @kettle_dev: Our on-call got 80% quieter after we added retries with jitter. Read your queue library's docs, folks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1590996552252019183"
          ],
          "editableUntil" : "2022-11-11T10:15:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "6",
      "id_str" : "1590996552252019183",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1590996552252019183",
      "created_at" : "Fri Nov 11 09:15:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Thinking about the word \"maintainer\". It sounds passive, like keeping something the same. But it's really more like gardening: constant, small, living work.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591589471649890913"
          ],
          "editableUntil" : "2022-11-13T01:31:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1591589471649890913",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1591589471649890913",
      "created_at" : "Sun Nov 13 00:31:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Bread and software are both better when shared. Also both go stale if you leave them alone too long.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1592591184691042905"
          ],
          "editableUntil" : "2022-11-15T19:51:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "130"
      ],
      "favorite_count" : "5",
      "id_str" : "1592591184691042905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1592591184691042905",
      "created_at" : "Tue Nov 15 18:51:42 +0000 2022",
      "favorited" : false,
      "full_text" : "@tomas_bakes tried your ice cube trick and the crust is the best I've ever had. Crackling like a fire while it cooled. Thank you!!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1592494296268266973",
      "in_reply_to_status_id" : "1592494296268266973",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593058119777946475"
          ],
          "editableUntil" : "2022-11-17T02:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "132"
      ],
      "favorite_count" : "32",
      "id_str" : "1593058119777946475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593058119777946475",
      "created_at" : "Thu Nov 17 01:47:08 +0000 2022",
      "favorited" : false,
      "full_text" : "@oakmoss_dev sorry for the slow reply, I was at the allotment all weekend. Yes, a plugin for that would be great, happy to review it",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1593043020282495011",
      "in_reply_to_status_id" : "1593043020282495011",
      "in_reply_to_user_id" : "4445160425",
      "in_reply_to_user_id_str" : "4445160425",
      "in_reply_to_screen_name" : "oakmoss_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593530851390820845"
          ],
          "editableUntil" : "2022-11-18T10:05:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "1593530851390820845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1593530851390820845",
      "created_at" : "Fri Nov 18 09:05:36 +0000 2022",
      "favorited" : false,
      "full_text" : "@rin_codes agreed on dropping Python 3.7. Let's announce it in the next minor and drop it in the one after, so nobody gets a surprise",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1593509963757076015",
      "in_reply_to_status_id" : "1593509963757076015",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1593846665704679484"
          ],
          "editableUntil" : "2022-11-19T07:00:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "102"
      ],
      "favorite_count" : "6",
      "id_str" : "1593846665704679484",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1593846665704679484",
      "created_at" : "Sat Nov 19 06:00:32 +0000 2022",
      "favorited" : false,
      "full_text" : "@rin_codes let's cut the release on Monday then, I don't trust myself with a tag on a Friday afternoon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1593831817868371181",
      "in_reply_to_status_id" : "1593831817868371181",
      "in_reply_to_user_id" : "2824282286",
      "in_reply_to_user_id_str" : "2824282286",
      "in_reply_to_screen_name" : "rin_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594520254152244179"
          ],
          "editableUntil" : "2022-11-21T03:37:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "129"
      ],
      "favorite_count" : "6",
      "id_str" : "1594520254152244179",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1594520254152244179",
      "created_at" : "Mon Nov 21 02:37:08 +0000 2022",
      "favorited" : false,
      "full_text" : "@kettle_dev that's a great bug report, thank you. The script to reproduce it made it a five minute fix instead of a five day hunt",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1594449538187772420",
      "in_reply_to_status_id" : "1594449538187772420",
      "in_reply_to_user_id" : "4103886955",
      "in_reply_to_user_id_str" : "4103886955",
      "in_reply_to_screen_name" : "kettle_dev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594728060941558691"
          ],
          "editableUntil" : "2022-11-21T17:22:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1594728060941558691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594728060941558691",
      "created_at" : "Mon Nov 21 16:22:53 +0000 2022",
      "favorited" : false,
      "full_text" : "@tomas_bakes happy 10 years of the bakery!! The town is better because you're in it. And because of the almond croissants",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1594670179547345628",
      "in_reply_to_status_id" : "1594670179547345628",
      "in_reply_to_user_id" : "7732116151",
      "in_reply_to_user_id_str" : "7732116151",
      "in_reply_to_screen_name" : "tomas_bakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595547246264384657"
          ],
          "editableUntil" : "2022-11-23T23:38:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kit Kettleworth",
            "screen_name" : "kettle_dev",
            "indices" : [
              "16",
              "27"
            ],
            "id_str" : "4103886955",
            "id" : "4103886955"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "0",
      "id_str" : "1595547246264384657",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1595547246264384657",
      "created_at" : "Wed Nov 23 22:38:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Had coffee with @kettle_dev today and we talked for two hours about retries, burnout and the best biscuits to dunk. Conclusion on biscuits: ginger nuts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1595952164371263880"
          ],
          "editableUntil" : "2022-11-25T02:27:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "23",
              "33"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "1",
      "id_str" : "1595952164371263880",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1595952164371263880",
      "created_at" : "Fri Nov 25 01:27:02 +0000 2022",
      "favorited" : false,
      "full_text" : "Happy to announce that @rin_codes is now officially co-lead of sproutq. She's been doing the job for a year already, this just makes the title match the work.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596121903661092477"
          ],
          "editableUntil" : "2022-11-25T13:41:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rin Okafor",
            "screen_name" : "rin_codes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2824282286",
            "id" : "2824282286"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1596121903661092477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596121903661092477",
      "created_at" : "Fri Nov 25 12:41:31 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @rin_codes: I'm co-lead of sproutq now?! Mostly this means I'm allowed to close issue 12. I'm still not going to close issue 12",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596664206195705217"
          ],
          "editableUntil" : "2022-11-27T01:36:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "21",
              "31"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "37",
      "id_str" : "1596664206195705217",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1596664206195705217",
      "created_at" : "Sun Nov 27 00:36:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Spent Sunday helping @deltafern rebuild her raised beds. Three hours of sawing &amp; hammering, one splinter, and a cup of tea that tasted like victory.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597027302897214583"
          ],
          "editableUntil" : "2022-11-28T01:39:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oak Moss",
            "screen_name" : "oakmoss_dev",
            "indices" : [
              "14",
              "26"
            ],
            "id_str" : "4445160425",
            "id" : "4445160425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "73",
      "id_str" : "1597027302897214583",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1597027302897214583",
      "created_at" : "Mon Nov 28 00:39:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Big thanks to @oakmoss_dev for the new Redis backend tests. We found two bugs in the first run. That's the best kind of gift.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1597367356097497521"
          ],
          "editableUntil" : "2022-11-29T00:10:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "4",
      "id_str" : "1597367356097497521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597367356097497521",
      "created_at" : "Mon Nov 28 23:10:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Sunday reading: a long article about how medieval bakers controlled the quality of bread with inspectors and fines. Code review is an old idea, it turns out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598366267343014249"
          ],
          "editableUntil" : "2022-12-01T18:19:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "id_str" : "1598366267343014249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1598366267343014249",
      "created_at" : "Thu Dec 01 17:19:49 +0000 2022",
      "favorited" : false,
      "full_text" : "My first job was in a supermarket bakery, pulling trays of rolls at 5am. Everything I know about patience and timing started there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599188581613790537"
          ],
          "editableUntil" : "2022-12-04T00:47:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "id_str" : "1599188581613790537",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1599188581613790537",
      "created_at" : "Sat Dec 03 23:47:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Some days the best thing I can do for my project is to stay away from it for a day. The problems look smaller on Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599626831854513584"
          ],
          "editableUntil" : "2022-12-05T05:48:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "7",
      "id_str" : "1599626831854513584",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1599626831854513584",
      "created_at" : "Mon Dec 05 04:48:51 +0000 2022",
      "favorited" : false,
      "full_text" : "The blackbird in the garden sings the same song every morning at half five. I used to be annoyed. Now I think of it as my morning standup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600662426483431889"
          ],
          "editableUntil" : "2022-12-08T02:23:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "PyCafé meetup",
            "screen_name" : "pycafe_meetup",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "8005359945",
            "id" : "8005359945"
          },
          {
            "name" : "Juniper Holt",
            "screen_name" : "botfarm_demo",
            "indices" : [
              "69",
              "82"
            ],
            "id_str" : "1357924680",
            "id" : "1357924680"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "1600662426483431889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600662426483431889",
      "created_at" : "Thu Dec 08 01:23:56 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @pycafe_meetup: Next month's meetup: \"How queues fail (again)\" by @botfarm_demo, plus pizza and a very long Q&amp;A about timezones",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601328318379658419"
          ],
          "editableUntil" : "2022-12-09T22:29:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "3",
      "id_str" : "1601328318379658419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601328318379658419",
      "created_at" : "Fri Dec 09 21:29:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Hello to the new people who followed me after the meetup! I mostly post about task queues, tomatoes, bread and my cat. Sometimes all four in one post. Welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601585202724734929"
          ],
          "editableUntil" : "2022-12-10T15:30:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rFBXeKEx7H",
            "expanded_url" : "https://junipers.garden/blog/triage",
            "display_url" : "junipers.garden/blog/tria…",
            "indices" : [
              "141",
              "164"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "6",
      "id_str" : "1601585202724734929",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1601585202724734929",
      "possibly_sensitive" : false,
      "created_at" : "Sat Dec 10 14:30:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Rainy day project: I finally wrote down the way I triage issues, step by step. It turned out to be four steps and one of them is \"make tea\". https://t.co/rFBXeKEx7H",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1602590875188899740"
          ],
          "editableUntil" : "2022-12-13T10:06:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "3",
      "id_str" : "1602590875188899740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1602590875188899740",
      "created_at" : "Tue Dec 13 09:06:54 +0000 2022",
      "favorited" : false,
      "full_text" : "Just for fun I tried to explain our retry logic using only bread analogies. It works surprisingly well until you get to exponential backoff, which is apparently a very long prove.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1603613329061129899"
          ],
          "editableUntil" : "2022-12-16T05:49:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "6",
      "id_str" : "1603613329061129899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1603613329061129899",
      "created_at" : "Fri Dec 16 04:49:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Today marks one year since I started going to the allotment every Sunday no matter what. Rain, snow, heatwave. Best habit I ever built.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1604227362586763522"
          ],
          "editableUntil" : "2022-12-17T22:29:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tomás Reyes",
            "screen_name" : "tomas_bakes",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "7732116151",
            "id" : "7732116151"
          },
          {
            "name" : "Juniper Holt",
            "screen_name" : "botfarm_demo",
            "indices" : [
              "65",
              "78"
            ],
            "id_str" : "1357924680",
            "id" : "1357924680"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1604227362586763522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1604227362586763522",
      "created_at" : "Sat Dec 17 21:29:43 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @tomas_bakes: Bake sale for the community garden on Saturday, @botfarm_demo is bringing her famous cinnamon buns, come early",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1604465380950031799"
          ],
          "editableUntil" : "2022-12-18T14:15:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1604465380950031799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1604465380950031799",
      "created_at" : "Sun Dec 18 13:15:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Ran the sproutq test suite on a Raspberry Pi for fun. It passed! In 22 minutes. I made a loaf of bread while I waited. Both turned out well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1604894726684734344"
          ],
          "editableUntil" : "2022-12-19T18:41:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sproutq",
            "screen_name" : "sproutq",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "9069453261",
            "id" : "9069453261"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "108"
      ],
      "favorite_count" : "76",
      "id_str" : "1604894726684734344",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1604894726684734344",
      "created_at" : "Mon Dec 19 17:41:35 +0000 2022",
      "favorited" : false,
      "full_text" : "@sproutq the new logo looks fantastic, thank you to the designer who volunteered it. Proper colours at last!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1604766129324618910",
      "in_reply_to_status_id" : "1604766129324618910",
      "in_reply_to_user_id" : "9069453261",
      "in_reply_to_user_id_str" : "9069453261",
      "in_reply_to_screen_name" : "sproutq"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605580147258962628"
          ],
          "editableUntil" : "2022-12-21T16:05:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "PyCafé meetup",
            "screen_name" : "pycafe_meetup",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "8005359945",
            "id" : "8005359945"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1605580147258962628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1605580147258962628",
      "created_at" : "Wed Dec 21 15:05:12 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @pycafe_meetup: We have a new venue with actual chairs and a working projector. Luxury",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1605839518826567296"
          ],
          "editableUntil" : "2022-12-22T09:15:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "44",
      "id_str" : "1605839518826567296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1605839518826567296",
      "created_at" : "Thu Dec 22 08:15:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Things I can do with my eyes closed: shape a boule, write a retry loop, find the light switch in the shed. Things I cannot: parallel park. Still.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1606491250752395028"
          ],
          "editableUntil" : "2022-12-24T04:25:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Delta Fernley",
            "screen_name" : "deltafern",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "6716104761",
            "id" : "6716104761"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "1606491250752395028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1606491250752395028",
      "created_at" : "Sat Dec 24 03:25:36 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @deltafern: Plot 14 &amp; plot 15 are officially the best-kept plots on site this year, according to the committee (that's me and Harold)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607525473845510636"
          ],
          "editableUntil" : "2022-12-27T00:55:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/UzmcMb8AM8",
            "expanded_url" : "https://sproutq.dev/blog/two-point-oh",
            "display_url" : "sproutq.dev/blog/two-poin…",
            "indices" : [
              "158",
              "181"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "57",
      "id_str" : "1607525473845510636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607525473845510636",
      "possibly_sensitive" : false,
      "created_at" : "Mon Dec 26 23:55:14 +0000 2022",
      "favorited" : false,
      "full_text" : "sproutq 2.0 is out! Async workers, a plugin API, three-number dashboards and the friendliest error messages we could write. Thank you all, and thank you Rin. https://t.co/UzmcMb8AM8",
      "lang" : "en"
    }
  }
]