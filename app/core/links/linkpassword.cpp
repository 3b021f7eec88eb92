#include "core/links/linkpassword.h"

#include <sodium.h>

#include <string>

namespace Linkdeck {
namespace {

// sodium_init() is thread-safe and idempotent; it picks the fastest implementation.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}   // namespace

QString LinkPassword::problem(const QString &password)
{
    if (password.isEmpty())
        return tr("The password is empty: type one, or remove the protection.");
    if (password.contains(u'\n') || password.contains(u'\r'))
        return tr("A password cannot contain a line break.");
    if (password.toUtf8().size() > MaxBytes)
        return tr("The password is too long: at most %1 characters.").arg(MaxBytes);
    return {};
}

Result<QByteArray> LinkPassword::hash(const QString &password)
{
    if (const QString why = problem(password); !why.isEmpty())
        return Error::make(Error::Kind::Invalid, why);
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    if (!sodiumReady()
        || crypto_pwhash_str(out, utf8.constData(), std::size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
        return Error::make(Error::Kind::Storage,
                           tr("The password could not be protected: the computer is short of memory."));
    return QByteArray(out);
}

bool LinkPassword::verify(std::string_view hash, std::string_view password)
{
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES || !sodiumReady())
        return false;
    const std::string terminated(hash);   // libsodium reads a C string
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}   // namespace Linkdeck
