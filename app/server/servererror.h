#pragma once

#include "core/base/result.h"

#include <string>

namespace Linkdeck::Server {

// The server's errors are sentences for the operator, in English (stderr, the JSON line the
// app reads, a test's message): the sentence is the Error's message, word for word, and there
// is no separate detail.
inline Error serverError(Error::Kind kind, const std::string &message)
{
    return Error::make(kind, QString::fromStdString(message));
}

// The sentence back, for the server's std::string APIs and its log.
inline std::string messageOf(const Error &error)
{
    return error.message.toStdString();
}

}   // namespace Linkdeck::Server
