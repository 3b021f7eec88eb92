#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

// Where API tokens live. The app uses the OS keychain (KeychainSecretStore) and, when there
// is none and the user agrees, keeps a token for this run only (SessionSecrets). Tokens are
// never written to a plain file or a log. Every call completes through its callback, on the
// thread that made it.
//
//   secrets.read(SecretStore::accountKey(account), [](const Result<QString> &token) { ... });
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Result<QString> &)>;
    using WriteDone = std::function<void(const Result<void> &)>;

    using QObject::QObject;

    // Error::Kind::NotFound when there is no such secret; Error::Kind::Unsupported when the
    // store cannot be used at all (no keychain on this computer).
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;

    // The keychain entry of an account's token: its own random key, so that two databases
    // (two --data-dir) never share or delete each other's tokens.
    static QString accountKey(const Account &account)
    {
        return account.secretKey.isEmpty() ? QStringLiteral("account-%1").arg(account.id) : account.secretKey;
    }
};

// Secrets kept in memory for this run only (tests, and the "no keychain" fallback).
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QString m_service;
};

// What the app and the CLI use: the keychain, plus the tokens the user chose to keep for
// this run only because the keychain could not be used. Reads look at this run's tokens first.
class SessionSecrets final : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecrets(SecretStore *keychain, QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

    // After write() failed with Unsupported and the user agreed: keep it until the app quits.
    void keepForThisRun(const QString &key, const QString &secret);
    bool isKeptForThisRun(const QString &key) const { return m_session.contains(key); }

private:
    SecretStore *m_keychain;
    QHash<QString, QString> m_session;
};

}   // namespace Linkdeck
