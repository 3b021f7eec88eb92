#pragma once

#include "core/providers/remoteprovider.h"

namespace Linkdeck {

// Bitly API v4 (https://api-ssl.bitly.com/v4, Bearer token). Links belong to a group,
// discovered from /groups unless the account names one. Custom back-halves are Bitly
// "keywords"; a link that was edited or has a back-half cannot be deleted, only archived.
class BitlyProvider final : public RemoteProvider
{
    Q_OBJECT
public:
    using RemoteProvider::RemoteProvider;

    ProviderKind kind() const override { return ProviderKind::Bitly; }
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
    // GET /groups/{guid} for its organization, then /organizations/{guid}/plan_limits: the
    // limit named "encodes" (links made this month), nullopt when the plan lists none.
    QFuture<Result<std::optional<MonthlyQuota>>> monthlyQuota() override;

    static Link fromJson(const QJsonObject &o);
    static QList<Link> linksIn(const QJsonDocument &json);   // a BitlinkBody or a page of them

protected:
    QUrl defaultApiBase() const override;
    void authorize(QNetworkRequest &request, QUrlQuery &query, const QString &token) const override;
    Error decodeError(const HttpReply &reply) const override;

private:
    void withGroup(std::function<void(const Result<QString> &)> done);
    void readPlanLimits(const QString &organization, Deferred<Result<std::optional<MonthlyQuota>>> result);
    QString m_group;
};

}   // namespace Linkdeck
