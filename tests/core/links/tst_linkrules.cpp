// Redirect rules on the app's side (issue 11): the core model's checks and sentences, Shlink's
// JSON, and the local provider storing a link's rules in the shared database exactly as the
// server's API stores them (so linkdeck-server reads them back), in one transaction.
#include "core/links/redirectrules.h"
#include "core/providers/bitlyprovider.h"
#include "core/providers/cuttlyprovider.h"
#include "core/providers/linkprovider.h"
#include "core/providers/localprovider.h"
#include "core/providers/rebrandlyprovider.h"
#include "core/storage/database.h"
#include "core/sync/backend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using Rules::Condition;
using Rules::ConditionType;
using Rules::Rule;

class TestLinkRules : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void conditionProblems_data();
    void conditionProblems();
    void ruleProblems();
    void describes();
    void jsonBothWays();
    void localStoresAsTheServer();
    void localRefusesInvalidAndUnknown();
    void otherServicesHaveNoRules();

private:
    template<typename T>
    static T await(QFuture<T> f)
    {
        f.waitForFinished();
        return f.result();
    }
    Link makeLink(const QString &slug);
    std::unique_ptr<Backend> m_backend;
    LinkProvider *m_provider = nullptr;
};

void TestLinkRules::init()
{
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(u":memory:"_s).ok());
    m_provider = m_backend->provider(AccountRepository::LocalAccountId);
    QVERIFY(m_provider);
}

void TestLinkRules::cleanup()
{
    m_backend.reset();
}

Link TestLinkRules::makeLink(const QString &slug)
{
    Link draft;
    draft.destination = u"https://shop.example/web"_s;
    draft.slug = slug;
    const Result<Link> r = await(m_provider->create(draft));
    if (!r)
        qWarning() << r.error().message;
    return r ? *r : Link();
}

void TestLinkRules::conditionProblems_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, ConditionType t, const QString &k, const QString &v, const QString &p) {
        QTest::newRow(name) << int(t) << k << v << p;
    };
    row("android", ConditionType::Device, {}, u"android"_s, {});
    row("device unknown", ConditionType::Device, {}, u"fridge"_s, u"Choose a device."_s);
    row("language", ConditionType::Language, {}, u"de-CH"_s, {});
    row("language empty", ConditionType::Language, {}, {}, u"Enter a language code such as en or de-CH."_s);
    row("query", ConditionType::QueryParam, u"ref"_s, u"nl"_s, {});
    row("query no name", ConditionType::QueryParam, {}, u"nl"_s, u"Enter the name of the query parameter."_s);
    row("any value", ConditionType::AnyValueQueryParam, {}, u"ref"_s, {});
    row("valueless empty", ConditionType::ValuelessQueryParam, {}, {}, u"Enter the name of the query parameter."_s);
    row("cidr", ConditionType::IpAddress, {}, u"192.168.0.0/16"_s, {});
    row("pattern", ConditionType::IpAddress, {}, u"10.0.*.*"_s, {});
    row("v6", ConditionType::IpAddress, {}, u"2001:db8::1"_s, {});
    row("ip bad", ConditionType::IpAddress, {}, u"10.0.0.0/33"_s,
        u"Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*)."_s);
    row("country", ConditionType::CountryCode, {}, u"DE"_s, {});
    row("country lower", ConditionType::CountryCode, {}, u"de"_s,
        u"Enter a two-letter country code such as DE or US."_s);
    row("country unassigned", ConditionType::CountryCode, {}, u"XX"_s,
        u"Enter a two-letter country code such as DE or US."_s);
    row("city", ConditionType::CityName, {}, u"Berlin"_s, {});
    row("before", ConditionType::BeforeDate, {}, u"2026-12-24T10:00:00Z"_s, {});
    row("after date only", ConditionType::AfterDate, {}, u"2026-12-24"_s, {});
    row("after bad", ConditionType::AfterDate, {}, u"Christmas"_s, u"Choose a date and time."_s);
    row("browser", ConditionType::Browser, {}, u"samsung-internet"_s, {});
    row("browser bad", ConditionType::Browser, {}, u"netscape"_s, u"Choose a browser."_s);
}

void TestLinkRules::conditionProblems()
{
    QFETCH(int, type);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const Condition c{ConditionType(type), key, value};
    QCOMPARE(Rules::Text::problem(c), problem);
    // The very check the server's API makes.
    const std::string k = key.toStdString(), v = value.toStdString();
    const bool serverAccepts =
        Rules::makeCondition(Rules::conditionTypeName(c.type),
                             c.type == ConditionType::QueryParam ? std::optional<std::string_view>(k) : std::nullopt,
                             std::string_view(v))
            .has_value();
    QCOMPARE(serverAccepts, problem.isEmpty());
}

void TestLinkRules::ruleProblems()
{
    const Condition android{ConditionType::Device, {}, u"android"_s};
    QCOMPARE(Rules::Text::problem(Rule{0, u"https://a.example/"_s, {android}}), QString());
    QCOMPARE(Rules::Text::problem(Rule{0, u"a.example/app"_s, {android}}), QString());   // https:// added
    QVERIFY(!Rules::Text::problem(Rule{0, u"javascript:alert(1)"_s, {android}}).isEmpty());
    QVERIFY(!Rules::Text::problem(Rule{0, {}, {android}}).isEmpty());
    QCOMPARE(Rules::Text::problem(Rule{0, u"https://a.example/"_s, {}}),
             u"Add at least one condition: who should go to this destination?"_s);
    const QList<Rule> rules{Rule{0, u"https://a.example/"_s, {android}},
                            Rule{0, u"https://b.example/"_s, {{ConditionType::CityName, {}, {}}}}};
    QCOMPARE(Rules::Text::problem(rules), u"Rule 2: Enter the name of a city."_s);
    const QList<Rule> normalized =
        Rules::normalized({Rule{7, u"A.Example/app"_s, {{ConditionType::Device, u"x"_s, u"ios"_s}}}});
    QCOMPARE(normalized.first().priority, 1);
    QCOMPARE(normalized.first().longUrl, u"https://a.example/app"_s);
    QVERIFY(normalized.first().conditions.first().matchKey.isEmpty());
}

void TestLinkRules::describes()
{
    const Rule rule{1,
                    u"https://play.example/app"_s,
                    {{ConditionType::Device, {}, u"android"_s}, {ConditionType::QueryParam, u"ref"_s, u"nl"_s}}};
    QCOMPARE(Rules::Text::describe(rule),
             u"A visitor on Android and whose link has ?ref=nl goes to https://play.example/app."_s);
    QCOMPARE(Rules::Text::describe(Condition{ConditionType::Language, {}, u"de"_s}),
             u"whose browser asks for Deutsch (de)"_s);
    QCOMPARE(Rules::Text::describe(Condition{ConditionType::CountryCode, {}, u"DE"_s}), u"in Germany"_s);
    QCOMPARE(Rules::Text::describe(Condition{ConditionType::Browser, {}, u"firefox"_s}), u"using Firefox"_s);
    QCOMPARE(Rules::Text::describe(Rule{1, u"https://a.example/"_s, {}}),
             u"No visitor goes to https://a.example/ yet: add a condition."_s);
    // Without an address: no "goes to …." (read as a typo on a desktop).
    QCOMPARE(Rules::Text::describe(Rule{1, {}, {{ConditionType::Device, {}, u"android"_s}}}),
             u"A visitor on Android goes to the address this rule is given."_s);
    QCOMPARE(Rules::Text::describe(Rule{1, u"  "_s, {}}),
             u"No visitor is sent anywhere yet: add a condition and an address."_s);
    QCOMPARE(Rules::Text::devices().size(), 8);
    QCOMPARE(Rules::Text::browsers().size(), 7);
    QCOMPARE(Rules::allConditionTypes().size(), 11);
}

void TestLinkRules::jsonBothWays()
{
    const QList<Rule> rules{
        Rule{1, u"https://a.example/"_s, {{ConditionType::QueryParam, u"ref"_s, u"nl"_s}}},
        Rule{2, u"https://b.example/"_s, {{ConditionType::AfterDate, {}, u"2026-12-24T10:00:00Z"_s}}}};
    const QJsonArray json = Rules::rulesToJson(rules);
    QCOMPARE(json.at(0).toObject().value(u"conditions"_s).toArray().at(0).toObject().value(u"type"_s).toString(),
             u"query-param"_s);
    QVERIFY(json.at(1).toObject().value(u"conditions"_s).toArray().at(0).toObject().value(u"matchKey"_s).isNull());
    bool ok = false;
    QCOMPARE(Rules::rulesFromJson(json, &ok), rules);
    QVERIFY(ok);
    // Out of order in, by priority out; an unknown type is dropped and said.
    QJsonArray shuffled{json.at(1), json.at(0)};
    QCOMPARE(Rules::rulesFromJson(shuffled), rules);
    QJsonObject future = json.at(0).toObject();
    future.insert(u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"moon-phase"_s}, {u"matchValue"_s, u"full"_s}}});
    Rules::rulesFromJson(QJsonArray{future}, &ok);
    QVERIFY(!ok);
}

void TestLinkRules::localStoresAsTheServer()
{
    const Link link = makeLink(u"app"_s);
    QVERIFY(link.isStored());
    QVERIFY(m_provider->can(LinkProvider::Capability::RedirectRules));
    Result<QList<Rule>> r = await(m_provider->redirectRules(link));
    QVERIFY(r);
    QVERIFY(r->isEmpty());

    QSqlQuery changes(m_backend->database().connection());
    QVERIFY(changes.exec(u"SELECT count(*) FROM link_changes"_s) && changes.next());
    const qint64 changesBefore = changes.value(0).toLongLong();

    const QList<Rule> wanted{Rule{0, u"play.example/app"_s, {{ConditionType::Device, {}, u"android"_s}}},
                             Rule{0,
                                  u"https://shop.example/de"_s,
                                  {{ConditionType::Language, {}, u"de"_s}, {ConditionType::CountryCode, {}, u"AT"_s}}}};
    r = await(m_provider->setRedirectRules(link, wanted));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).priority, 1);
    QCOMPARE(r->at(0).longUrl, u"https://play.example/app"_s);
    QCOMPARE(r->at(1).conditions, wanted.at(1).conditions);
    QCOMPARE(*await(m_provider->redirectRules(link)), *r);

    // Stored as the server's API stores them: the server parses every row back.
    QSqlQuery q(m_backend->database().connection());
    QVERIFY(
        q.exec(u"SELECT link_id, priority, long_url, conditions FROM short_url_redirect_rules ORDER BY priority"_s));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QCOMPARE(q.value(0).toLongLong(), link.id);
        QCOMPARE(q.value(1).toInt(), rows);
        std::vector<Rules::RedirectCondition> parsed;
        std::string why;
        QVERIFY2(Rules::parseConditions(q.value(3).toString().toStdString(), &parsed, &why), why.c_str());
        QCOMPARE(int(parsed.size()), rows);   // one condition, then two
    }
    QCOMPARE(rows, 2);
    // The redirect server follows the change through the log.
    QVERIFY(changes.exec(u"SELECT count(*) FROM link_changes"_s) && changes.next());
    QVERIFY(changes.value(0).toLongLong() > changesBefore);

    // Replacing with fewer, and with none.
    r = await(m_provider->setRedirectRules(link, {wanted.at(1)}));
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->first().priority, 1);
    r = await(m_provider->setRedirectRules(link, {}));
    QVERIFY(r);
    QVERIFY(r->isEmpty());
    // Rules go with their link.
    QVERIFY(await(m_provider->setRedirectRules(link, wanted)));
    QVERIFY(await(m_provider->remove(link)));
    QVERIFY(q.exec(u"SELECT count(*) FROM short_url_redirect_rules"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLinkRules::localRefusesInvalidAndUnknown()
{
    const Link link = makeLink(u"shop"_s);
    QVERIFY(await(m_provider->setRedirectRules(
        link, {Rule{0, u"https://a.example/"_s, {{ConditionType::Device, {}, u"ios"_s}}}})));
    // An invalid set changes nothing.
    const Result<QList<Rule>> bad = await(m_provider->setRedirectRules(
        link,
        {Rule{0, u"https://b.example/"_s, {{ConditionType::Device, {}, u"android"_s}}},
         Rule{0, u"https://c.example/"_s, {{ConditionType::IpAddress, {}, u"300.1.1.1"_s}}}}));
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::Invalid);
    QVERIFY(bad.error().message.startsWith(u"Rule 2: Enter an IP address"_s));
    const Result<QList<Rule>> still = await(m_provider->redirectRules(link));
    QCOMPARE(still->size(), 1);
    QCOMPARE(still->first().longUrl, u"https://a.example/"_s);

    Link unknown = link;
    unknown.id = 999999;
    const Result<QList<Rule>> missing = await(m_provider->setRedirectRules(unknown, {}));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestLinkRules::otherServicesHaveNoRules()
{
    Account account;
    account.id = 5;
    account.name = u"Marketing"_s;
    QNetworkAccessManager network;
    BitlyProvider bitly(account, nullptr, &network);
    RebrandlyProvider rebrandly(account, nullptr, &network);
    CuttlyProvider cuttly(account, nullptr, &network);
    for (LinkProvider *p : std::initializer_list<LinkProvider *>{&bitly, &rebrandly, &cuttly}) {
        QVERIFY(!p->can(LinkProvider::Capability::RedirectRules));
        const Result<QList<Rule>> r = await(p->redirectRules(Link()));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Unsupported);
        QVERIFY(!r.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLinkRules)
#include "tst_linkrules.moc"
