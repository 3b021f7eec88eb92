#include "core/storage/secretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Linkdeck {

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    if (auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
        done(Result<QString>(it.value()));
    else
        done(Result<QString>(Error::make(Error::Kind::NotFound, tr("No token is stored for this account."))));
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_secrets.insert(key, secret);
    done({});
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.remove(key);
    done({});
}

namespace {

// QtKeychain's error, as a sentence. The job's own text is detail for the log: it never
// contains the secret.
Error keychainError(QKeychain::Error code, const QString &jobText)
{
    using K = Error::Kind;
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::make(K::NotFound, KeychainSecretStore::tr("No token is stored for this account."), jobText);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(K::Forbidden, KeychainSecretStore::tr("The keychain refused access to the token."), jobText);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return Error::make(K::Unsupported,
                           KeychainSecretStore::tr("This computer has no usable keychain (such as GNOME Keyring or "
                                                   "KWallet), so the token cannot be stored safely."),
                           jobText);
    }
}

}   // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(Result<QString>(job->textData()));
        else
            done(Result<QString>(keychainError(job->error(), job->errorString())));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done({});
        else
            done(keychainError(job->error(), job->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            done({});
        else
            done(keychainError(job->error(), job->errorString()));
    });
    job->start();
}

SessionSecrets::SessionSecrets(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{
    if (!m_keychain->parent())
        m_keychain->setParent(this);
}

void SessionSecrets::read(const QString &key, ReadDone done)
{
    if (auto it = m_session.constFind(key); it != m_session.constEnd()) {
        done(Result<QString>(it.value()));
        return;
    }
    m_keychain->read(key, std::move(done));
}

void SessionSecrets::write(const QString &key, const QString &secret, WriteDone done)
{
    m_keychain->write(key, secret, [this, key, done = std::move(done)](const Result<void> &r) {
        if (r)
            m_session.remove(key);   // the keychain has it now
        done(r);
    });
}

void SessionSecrets::remove(const QString &key, WriteDone done)
{
    m_session.remove(key);
    m_keychain->remove(key, std::move(done));
}

void SessionSecrets::keepForThisRun(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

}   // namespace Linkdeck
