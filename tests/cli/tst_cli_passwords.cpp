#include "core/links/linkpassword.h"
#include "core/storage/clickrollups.h"
#include "core/storage/database.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// linkdeck-cli links create|update --password-stdin / --no-password and links show (issue 15),
// through the real binary as a script runs it.
class TestCliPasswords : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createShowUpdateAndRemove();
    void refusedWithoutChanging();
    void socialPreview();
    void abSplit();
    void targetingRules();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    QString storedHash(const QString &slug);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliPasswords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCliPasswords::Run TestCliPasswords::cli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LINKDECK_CLI_PATH), QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString TestCliPasswords::storedHash(const QString &slug)
{
    Database db;
    if (!db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok())
        return u"(no database)"_s;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT password_hash FROM links WHERE slug = ?"_s);
    q.addBindValue(slug);
    if (!q.exec() || !q.next())
        return u"(no link)"_s;
    return q.value(0).toString();
}

void TestCliPasswords::createShowUpdateAndRemove()
{
    // The line as typed: spaces are part of the password, the line break is not.
    const Run created =
        cli({u"links"_s, u"create"_s, u"https://shop.example/vip"_s, u"--slug"_s, u"vip"_s, u"--password-stdin"_s},
            " two words \r\nnext line\n");
    QCOMPARE(created.code, 0);
    QCOMPARE(created.out, u"http://localhost:8080/vip\n"_s);
    QVERIFY2(!created.err.contains(u"two words"_s), qPrintable(created.err));
    const QString hash = storedHash(u"vip"_s);
    QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
    QVERIFY(LinkPassword::verify(hash.toStdString(), " two words "));
    QVERIFY(!LinkPassword::verify(hash.toStdString(), "two words"));

    Run shown = cli({u"links"_s, u"show"_s, u"vip"_s});
    QCOMPARE(shown.code, 0);
    QVERIFY2(shown.out.contains(u"Short URL: http://localhost:8080/vip\n"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"Password protected: yes\n"_s), qPrintable(shown.out));
    const Run listed = cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray links = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(u"passwordProtected"_s), QJsonValue(true));
    QVERIFY(!listed.out.contains(u"argon2"_s));   // the hash stays in the database

    // A new password, with another change; then the password alone.
    QCOMPARE(cli({u"links"_s, u"update"_s, u"vip"_s, u"--title"_s, u"VIP"_s, u"--password-stdin"_s}, "second\n").code,
             0);
    QVERIFY(LinkPassword::verify(storedHash(u"vip"_s).toStdString(), "second"));
    QVERIFY(cli({u"links"_s, u"show"_s, u"vip"_s}).out.contains(u"Title: VIP\n"_s));
    QCOMPARE(cli({u"links"_s, u"update"_s, u"vip"_s, u"--password-stdin"_s}, "third\n").code, 0);
    QVERIFY(LinkPassword::verify(storedHash(u"vip"_s).toStdString(), "third"));

    const Run removed = cli({u"links"_s, u"update"_s, u"vip"_s, u"--no-password"_s});
    QCOMPARE(removed.code, 0);
    QCOMPARE(storedHash(u"vip"_s), QString());
    shown = cli({u"links"_s, u"show"_s, u"vip"_s});
    QVERIFY2(shown.out.contains(u"Password protected: no\n"_s), qPrintable(shown.out));

    // No file of the data folder holds a password that was typed.
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const char *typed : {"two words", "second", "third"})
            QVERIFY2(!bytes.contains(typed), qPrintable(f.fileName() + u' ' + QLatin1StringView(typed)));
    }
}

void TestCliPasswords::refusedWithoutChanging()
{
    QCOMPARE(cli({u"links"_s, u"create"_s, u"https://shop.example/a"_s, u"--slug"_s, u"a"_s}).code, 0);
    // Both at once: a usage error (2), nothing read or changed.
    Run r = cli({u"links"_s, u"update"_s, u"a"_s, u"--password-stdin"_s, u"--no-password"_s}, "x\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"cannot be given together"_s));
    // An empty line is no password: an error (1), the link not created.
    r = cli({u"links"_s, u"create"_s, u"https://shop.example/b"_s, u"--slug"_s, u"b"_s, u"--password-stdin"_s}, "\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"The password is empty"_s), qPrintable(r.err));
    QCOMPARE(storedHash(u"b"_s), u"(no link)"_s);
    r = cli({u"links"_s, u"update"_s, u"a"_s, u"--password-stdin"_s}, "");
    QCOMPARE(r.code, 1);
    QCOMPARE(storedHash(u"a"_s), QString());
    // A link that does not exist: said so.
    r = cli({u"links"_s, u"show"_s, u"nothing"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
}

// --preview-title, --preview-description, --preview-image and --no-preview (issue 15, social
// previews), shown by links show and in JSON.
void TestCliPasswords::socialPreview()
{
    Run r = cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s,
                 u"--preview-title"_s, u"Spring sale"_s, u"--preview-description"_s, u"Half price\nuntil May"_s,
                 u"--preview-image"_s, u"cdn.example/spring.png"_s});
    QCOMPARE(r.code, 0);
    Run shown = cli({u"links"_s, u"show"_s, u"spring"_s});
    QVERIFY2(shown.out.contains(u"Preview title: Spring sale\n"_s), qPrintable(shown.out));
    QVERIFY(shown.out.contains(u"Preview description: Half price until May\n"_s));   // one line
    QVERIFY(shown.out.contains(u"Preview image: https://cdn.example/spring.png\n"_s));
    const QJsonObject json =
        QJsonDocument::fromJson(cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
            .array()
            .first()
            .toObject();
    QCOMPARE(json.value(u"previewTitle"_s).toString(), u"Spring sale"_s);
    QCOMPARE(json.value(u"previewImage"_s).toString(), u"https://cdn.example/spring.png"_s);

    // A description without a title is refused with core's sentence; nothing changes.
    r = cli({u"links"_s, u"update"_s, u"spring"_s, u"--no-preview"_s, u"--preview-description"_s, u"x"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"needs a title"_s), qPrintable(r.err));
    QVERIFY(cli({u"links"_s, u"show"_s, u"spring"_s}).out.contains(u"Preview title: Spring sale\n"_s));
    QCOMPARE(cli({u"links"_s, u"update"_s, u"spring"_s, u"--preview-title"_s, u"Summer sale"_s}).code, 0);
    shown = cli({u"links"_s, u"show"_s, u"spring"_s});
    QVERIFY(shown.out.contains(u"Preview title: Summer sale\n"_s));
    QVERIFY(shown.out.contains(u"Preview image: https://cdn.example/spring.png\n"_s));   // kept
    QCOMPARE(cli({u"links"_s, u"update"_s, u"spring"_s, u"--no-preview"_s}).code, 0);
    shown = cli({u"links"_s, u"show"_s, u"spring"_s});
    QVERIFY(shown.out.contains(u"Preview title: none\n"_s));
    QVERIFY(shown.out.contains(u"Preview image: none\n"_s));
}

// links create|update --variant / --no-split and stats variants (issue 15, A/B splits).
void TestCliPasswords::abSplit()
{
    Run r = cli({u"links"_s, u"create"_s, u"https://shop.example/spring"_s, u"--slug"_s, u"spring"_s, u"--variant"_s,
                 u"shop.example/b?x=1=30"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Run shown = cli({u"links"_s, u"show"_s, u"spring"_s});
    QVERIFY2(shown.out.contains(u"A/B split: A 70% https://shop.example/spring, B 30% https://shop.example/b?x=1\n"_s),
             qPrintable(shown.out));
    const QJsonArray variants =
        QJsonDocument::fromJson(cli({u"links"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
            .array()
            .first()
            .toObject()
            .value(u"variants"_s)
            .toArray();
    QCOMPARE(variants.size(), 2);
    QCOMPARE(variants.at(1).toObject().value(u"percent"_s).toInt(), 30);

    // Refused with a sentence, nothing changed: no share, a share too large, an unsafe address.
    r = cli({u"links"_s, u"update"_s, u"spring"_s, u"--variant"_s, u"https://shop.example/c"_s});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(u"--variant takes an address and its share"_s), qPrintable(r.err));
    r = cli({u"links"_s, u"update"_s, u"spring"_s, u"--variant"_s, u"https://shop.example/c=100"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"between 1% and 99%"_s), qPrintable(r.err));
    r = cli({u"links"_s, u"update"_s, u"spring"_s, u"--variant"_s, u"javascript:alert(1)=50"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Destination B"_s), qPrintable(r.err));
    QVERIFY(cli({u"links"_s, u"show"_s, u"spring"_s}).out.contains(u"B 30% https://shop.example/b?x=1"_s));
    // A new destination is A's too.
    QCOMPARE(cli({u"links"_s, u"update"_s, u"spring"_s, u"--url"_s, u"https://shop.example/new"_s}).code, 0);
    QVERIFY(cli({u"links"_s, u"show"_s, u"spring"_s}).out.contains(u"A 70% https://shop.example/new,"_s));

    // stats variants: the rollups as the server writes them, 72 clicks to A and 28 to B.
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"linkdeck.sqlite"_s)).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id FROM links WHERE slug = 'spring'"_s) && q.next());
        const qint64 hour = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(Rollups::addHour(db.connection(), q.value(0).toLongLong(), hour, 100, 0,
                                 {{u"variant"_s, u"1"_s, 72}, {u"variant"_s, u"2"_s, 28}}));
    }
    r = cli({u"stats"_s, u"variants"_s, u"spring"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
             u"--tz"_s, u"UTC"_s, u"--unit"_s, u"day"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(stats.value(u"total"_s).toInt(), 100);
    const QJsonArray rows = stats.value(u"variants"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"variant"_s).toString(), u"A"_s);
    QCOMPARE(rows.at(1).toObject().value(u"clicks"_s).toInt(), 28);
    QCOMPARE(rows.at(1).toObject().value(u"series"_s).toArray().size(), 30);   // a day each
    const QJsonObject significance = stats.value(u"significance"_s).toObject();
    QVERIFY(significance.value(u"enoughClicks"_s).toBool());
    QVERIFY(!significance.value(u"significant"_s).toBool());
    // 72/28 against 70/30: chi-square 4/70 + 4/30, 1 degree of freedom.
    QVERIFY(qAbs(significance.value(u"chiSquare"_s).toDouble() - (4.0 / 70 + 4.0 / 30)) < 1e-9);
    QVERIFY(qAbs(significance.value(u"pValue"_s).toDouble() - 0.6625) < 1e-3);
    r = cli({u"stats"_s, u"variants"_s, u"spring"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
             u"--format"_s, u"csv"_s});
    QVERIFY2(r.out.startsWith(u"variant,url,percent,clicks,share\r\nA,https://shop.example/new,70,72,72.0\r\n"_s),
             qPrintable(r.out));

    QCOMPARE(cli({u"links"_s, u"update"_s, u"spring"_s, u"--no-split"_s}).code, 0);
    QVERIFY(cli({u"links"_s, u"show"_s, u"spring"_s}).out.contains(u"A/B split: none\n"_s));
    r = cli({u"stats"_s, u"variants"_s, u"spring"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"has no A/B split"_s), qPrintable(r.err));
}

// links create|update --rule / --no-rules, and links show lists them (issue 15, targeting).
void TestCliPasswords::targetingRules()
{
    Run r = cli({u"links"_s, u"create"_s, u"https://shop.example/app"_s, u"--slug"_s, u"app"_s, u"--rule"_s,
                 u"device=ios -> https://apps.apple.com/app/id1"_s, u"--rule"_s,
                 u"device=android, country=de -> play.google.com/store/apps/details?id=x"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Run shown = cli({u"links"_s, u"show"_s, u"app"_s});
    QVERIFY2(shown.out.contains(u"Rule 1: device=ios -> https://apps.apple.com/app/id1\n"_s), qPrintable(shown.out));
    QVERIFY(shown.out.contains(
        u"Rule 2: device=android, country=DE -> https://play.google.com/store/apps/details?id=x\n"_s));
    // Refused with sentences, nothing changed.
    r = cli({u"links"_s, u"update"_s, u"app"_s, u"--rule"_s, u"device=ios https://x.example"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"has no “->”"_s), qPrintable(r.err));
    r = cli({u"links"_s, u"update"_s, u"app"_s, u"--rule"_s, u"planet=mars -> https://x.example"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Unknown condition “planet=mars”"_s), qPrintable(r.err));
    r = cli({u"links"_s, u"update"_s, u"app"_s, u"--rule"_s, u"device=ios -> javascript:alert(1)"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(cli({u"links"_s, u"show"_s, u"app"_s}).out.contains(u"Rule 2: device=android"_s));
    // Replaced (a protected link keeps its password), then removed.
    QCOMPARE(cli({u"links"_s, u"update"_s, u"app"_s, u"--password-stdin"_s}, "open sesame\n").code, 0);
    QCOMPARE(cli({u"links"_s, u"update"_s, u"app"_s, u"--rule"_s, u"language=de -> https://shop.example/de"_s}).code,
             0);
    shown = cli({u"links"_s, u"show"_s, u"app"_s});
    QVERIFY(shown.out.contains(u"Password protected: yes\n"_s));
    QVERIFY(shown.out.contains(u"Rule 1: language=de -> https://shop.example/de\n"_s));
    QVERIFY(!shown.out.contains(u"Rule 2:"_s));
    QCOMPARE(cli({u"links"_s, u"update"_s, u"app"_s, u"--no-rules"_s}).code, 0);
    QVERIFY(cli({u"links"_s, u"show"_s, u"app"_s}).out.contains(u"Rules: none\n"_s));
}

QTEST_GUILESS_MAIN(TestCliPasswords)
#include "tst_cli_passwords.moc"
