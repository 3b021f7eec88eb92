#pragma once

// The redirect rules model moved to core (core/redirectrules.h), where the app validates the
// rules it stores in the same way the server does. The server keeps its names.
#include "core/links/redirectrules.h"

namespace Linkdeck::Server {

using Rules::Browser;
using Rules::browserName;
using Rules::browserOf;
using Rules::conditionsJson;
using Rules::ConditionType;
using Rules::conditionTypeFrom;
using Rules::conditionTypeName;
using Rules::DeviceValue;
using Rules::LinkRedirectRules;
using Rules::makeCondition;
using Rules::parseConditions;
using Rules::parseIp;
using Rules::Platform;
using Rules::platformOf;
using Rules::RedirectCondition;
using Rules::RedirectRule;
using Rules::RedirectRuleSets;

}   // namespace Linkdeck::Server
