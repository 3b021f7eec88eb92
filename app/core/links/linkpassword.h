#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string_view>

#include "core/base/result.h"

namespace Linkdeck {

// A link's password (issue 15), kept only as an Argon2id hash in libsodium's string form
// ("$argon2id$v=19$m=65536,t=2,p=1$..."), which carries its own salt and cost: the plain text
// is never stored, logged or journaled. Hashing and checking each take tens of milliseconds
// and 64 MiB (libsodium's "interactive" limits) on purpose: linkdeck-server checks on a worker
// thread, never on the thread that answers redirects.
//
//   const Result<QByteArray> hash = LinkPassword::hash(u"sesame"_s);    // for links.password_hash
//   bool ok = LinkPassword::verify(hash->toStdString(), "sesame");       // on the server
class LinkPassword
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LinkPassword)
public:
    // What a password must be: not empty, at most MaxBytes of UTF-8 (longer would only make
    // the server read bigger form bodies), and no line breaks (the CLI reads one line).
    static constexpr int MaxBytes = 1024;
    static QString problem(const QString &password);
    // The hash of a password that passed problem(); an Invalid error with problem()'s sentence,
    // or Storage when libsodium could not hash (out of memory).
    static Result<QByteArray> hash(const QString &password);
    // Whether `password` (UTF-8 bytes as typed) matches `hash`; false for a malformed hash.
    // Thread-safe.
    static bool verify(std::string_view hash, std::string_view password);
};

}   // namespace Linkdeck
