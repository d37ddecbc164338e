#pragma once

// Every endpoint request of the Rasa client, for callers that use many.
#include "appendeventsrequest.h"
#include "domainrequest.h"
#include "executerequest.h"
#include "loadmodelrequest.h"
#include "parserequest.h"
#include "predictrequest.h"
#include "rasaclient.h"
#include "sendmessagerequest.h"
#include "statusrequest.h"
#include "trackerrequest.h"
#include "versionrequest.h"
