#pragma once

#include "core/storage/secretstore.h"

#include <QString>

namespace Linkdeck::Test {

// The keychain of a computer without one: every read, write and removal fails as QtKeychain's
// "no backend" does (Error::Kind::Unsupported), with `message` as its sentence.
class NoKeychain final : public SecretStore
{
public:
    explicit NoKeychain(
        QString message = QStringLiteral("This computer has no usable keychain (such as GNOME Keyring)."))
        : m_message(std::move(message))
    {}
    void read(const QString &, ReadDone done) override { done(Result<QString>(error())); }
    void write(const QString &, const QString &, WriteDone done) override { done(error()); }
    void remove(const QString &, WriteDone done) override { done(error()); }
    Error error() const { return Error::make(Error::Kind::Unsupported, m_message); }

private:
    QString m_message;
};

}   // namespace Linkdeck::Test
