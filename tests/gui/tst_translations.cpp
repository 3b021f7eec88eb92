#include "gui/mainwindow.h"
#include "i18n.h"

#include <QAction>
#include <QApplication>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsLoaded();
    void englishPlurals();
    void otherLanguagesGetEnglishPlurals();
};

void TestTranslations::germanIsLoaded()
{
    QVERIFY(Linkdeck::installTranslators(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "&New Link…"), u"&Neuer Link …"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 3), u"3 Links"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 1), u"1 Link"_s);
    QVERIFY(
        QCoreApplication::translate("Linkdeck::UrlValidator",
                                    "Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.")
            .startsWith(u"Nur"_s));
}

void TestTranslations::englishPlurals()
{
    // The English "translation" only supplies plural forms. %Ln groups digits as the user's
    // locale does: an American user here, whatever this machine's locale.
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    const QLocale previous;
    QLocale::setDefault(american);
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QVERIFY(Linkdeck::installTranslators(american));
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 1), u"1 link"_s);
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::MainWindow", "%Ln link(s)", nullptr, 1234), u"1,234 links"_s);
}

void TestTranslations::otherLanguagesGetEnglishPlurals()
{
    // No Linkdeck translation for Finnish: English text, with its plural forms rather than "(s)".
    QVERIFY(!Linkdeck::installTranslators(QLocale(QLocale::Finnish, QLocale::Finland)));
    QCOMPARE(QCoreApplication::translate("Linkdeck::Gui::LocalServerPanel", "%Ln visit(s) recorded", nullptr, 0),
             u"0 visits recorded"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
