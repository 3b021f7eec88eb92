#pragma once

#include "core/providers/remoteprovider.h"

namespace Linkdeck {

// Cuttly's regular API (https://cutt.ly/api/api.php, key in the query string). It can
// create links (with an alias, on the account's branded domain) and report a link's
// statistics; it cannot list, edit or delete, so the GUI hides those actions. Its answers
// carry a status code 1-8 inside the JSON, even with HTTP 200.
class CuttlyProvider final : public RemoteProvider
{
    Q_OBJECT
public:
    CuttlyProvider(const Account &account, SecretStore *secrets, QNetworkAccessManager *network,
                   QObject *parent = nullptr);

    ProviderKind kind() const override { return ProviderKind::Cuttly; }
    Capabilities capabilities() const override;
    QString serviceDomain() const override;

    QFuture<Result<QStringList>> domains() override;
    QFuture<Result<bool>> isSlugAvailable(const QString &domain, const QString &slug) override;
    QFuture<Result<Link>> create(const Link &draft) override;
    QFuture<Result<Link>> update(const Link &link) override;
    QFuture<Result<void>> remove(const Link &link) override;
    QFuture<Result<LinkPage>> list(const QString &cursor) override;
    QFuture<Result<QList<ClickPoint>>> clicks(const Link &link, const QDateTime &from, const QDateTime &to,
                                              TimeUnit unit) override;
    QFuture<Result<void>> testConnection() override;
    // The link as Cuttly knows it now, with its total clicks (Capability::RefreshLinks).
    QFuture<Result<Link>> refresh(const Link &link) override;

    // The sentence for a `url.status` of a create.
    static Error statusError(int status, const QString &detail);

protected:
    QUrl defaultApiBase() const override;
    void authorize(QNetworkRequest &request, QUrlQuery &query, const QString &token) const override;
    Error decodeError(const HttpReply &reply) const override;

private:
    void stats(const QString &shortUrl, std::function<void(const HttpReply &, const std::optional<Error> &)> done);
    bool usesBrandedDomain(const QString &domain) const;
};

}   // namespace Linkdeck
