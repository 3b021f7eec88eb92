#pragma once

#include "core/providers/remoteprovider.h"

namespace Linkdeck {

// A Shlink server's REST API v3 (`X-Api-Key`), and so also linkdeck-server on another
// computer. Links are known by short code and domain; visits come raw and are counted here.
class ShlinkProvider final : public RemoteProvider
{
    Q_OBJECT
public:
    using RemoteProvider::RemoteProvider;

    ProviderKind kind() const override { return ProviderKind::Shlink; }
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
    QFuture<Result<QList<ClickShare>>> breakdown(const Link &link, const QString &dimension, const QDateTime &from,
                                                 const QDateTime &to) override;
    // GET/POST /rest/v3/short-urls/{shortCode}/redirect-rules (Shlink 4 and later).
    QFuture<Result<QList<Rules::Rule>>> redirectRules(const Link &link) override;
    QFuture<Result<QList<Rules::Rule>>> setRedirectRules(const Link &link, const QList<Rules::Rule> &rules) override;

    static Link fromJson(const QJsonObject &o);
    static QList<Link> linksIn(const QJsonDocument &json);   // a ShortUrl or a page of them
    static constexpr int PageSize = 100;

protected:
    QUrl defaultApiBase() const override;
    void authorize(QNetworkRequest &request, QUrlQuery &query, const QString &token) const override;
    Error decodeError(const HttpReply &reply) const override;

private:
    void fetchVisits(const Link &link, const QDateTime &from, const QDateTime &to, int page,
                     std::shared_ptr<QList<QJsonObject>> visits,
                     std::function<void(const std::optional<Error> &)> done);
    static QJsonObject editableFields(const Link &link);
    void sendForRules(const HttpRequest &request, Deferred<Result<QList<Rules::Rule>>> result);
};

}   // namespace Linkdeck
