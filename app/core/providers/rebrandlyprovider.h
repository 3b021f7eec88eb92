#pragma once

#include "core/providers/remoteprovider.h"

namespace Linkdeck {

// Rebrandly API v1 (https://api.rebrandly.com/v1, `apikey` header, optional `workspace`).
// 10 requests a second at most. A link's back-half ("slashtag") is fixed once created.
class RebrandlyProvider final : public RemoteProvider
{
    Q_OBJECT
public:
    RebrandlyProvider(const Account &account, SecretStore *secrets, QNetworkAccessManager *network,
                      QObject *parent = nullptr);

    ProviderKind kind() const override { return ProviderKind::Rebrandly; }
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

    static Link fromJson(const QJsonObject &o);
    static QList<Link> linksIn(const QJsonDocument &json);   // a Link object or an array of them
    static constexpr int PageSize = 25;                      // Rebrandly's maximum

protected:
    QUrl defaultApiBase() const override;
    void authorize(QNetworkRequest &request, QUrlQuery &query, const QString &token) const override;
    Error decodeError(const HttpReply &reply) const override;

private:
    static HttpRequest bySlashtag(const QString &domain, const QString &slashtag);
    QString domainOf(const Link &link) const;
};

}   // namespace Linkdeck
