#include "core/models/linkselection.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/campaigndialog.h"
#include "gui/linkcommands.h"
#include "gui/messagebox.h"
#include "i18n.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

namespace {
// A campaign dialog on a fresh database, shown.
struct OpenCampaign
{
    QTemporaryDir dir;
    Backend backend;
    std::unique_ptr<Gui::CampaignDialog> dialog;

    bool open()
    {
        if (!backend.open(dir.filePath(u"l.sqlite"_s)).ok())
            return false;
        dialog = std::make_unique<Gui::CampaignDialog>(backend);
        dialog->show();
        return QTest::qWaitForWindowExposed(dialog.get());
    }
};

// Types one destination and the sources and mediums as a person does, field by field.
void typeMatrix(Gui::CampaignDialog &dialog, const QString &sources, const QString &mediums)
{
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"campaignDestinationsEdit"_s),
                     u"https://shop.example/spring"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"campaignSourcesEdit"_s), sources);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"campaignMediumsEdit"_s), mediums);
}
}   // namespace

// File > New Campaign…: a 12-link campaign matrix typed in, previewed, made once on this
// computer, and printed as QR labels.
class TestCampaign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void twelveLinksMadeAndPrinted();
    void escapeAsksBeforeDiscarding();
    void escapeWhileCreatingAsksToStop();
};

void TestCampaign::escapeAsksBeforeDiscarding()
{
    using Gui::MessageBox;
    OpenCampaign opened;
    QVERIFY(opened.open());
    Gui::CampaignDialog &dialog = *opened.dialog;
    Backend &backend = opened.backend;
    auto *name = dialog.findChild<QLineEdit *>(u"campaignNameEdit"_s);
    auto *create = dialog.findChild<QPushButton *>(u"campaignCreateButton"_s);
    QVERIFY(name && create);
    // Nothing typed (the back-halves' pattern is the dialog's own): Esc closes at once.
    const int asked = MessageBox::questionsAsked();
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(MessageBox::questionsAsked(), asked);

    // A typed campaign name: Esc asks; Cancel keeps it. Nothing to create yet: no Create offered.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    name->setFocus();
    QTest::keyClicks(name, u"Spring Sale"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), u"Spring Sale"_s);
    QVERIFY(!MessageBox::lastButtons().testFlag(QMessageBox::Save));
    QVERIFY(MessageBox::lastButtons().testFlag(QMessageBox::Discard));

    // With links to make, the question offers to make them, named as the dialog's button.
    typeMatrix(dialog, u"newsletter"_s, u"email"_s);
    QTRY_VERIFY(create->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 2);
    QVERIFY(MessageBox::lastButtons().testFlag(QMessageBox::Save));
    QCOMPARE(MessageBox::lastButtonText(QMessageBox::Save), u"Create 1 Link"_s);
    QVERIFY(dialog.isVisible());

    // Discard closes, and nothing is made.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(backend.links().totalCount(), 0);
}

// Esc while the links are being made asks first: Keep Creating lets the run finish; Stop ends
// it, and the dialog stays open to say what was made and how to make the rest.
void TestCampaign::escapeWhileCreatingAsksToStop()
{
    using Gui::MessageBox;
    OpenCampaign opened;
    QVERIFY(opened.open());
    Gui::CampaignDialog &dialog = *opened.dialog;
    Backend &backend = opened.backend;
    auto *name = dialog.findChild<QLineEdit *>(u"campaignNameEdit"_s);
    auto *create = dialog.findChild<QPushButton *>(u"campaignCreateButton"_s);
    auto *problem = dialog.findChild<QLabel *>(u"campaignProblemLabel"_s);
    QTest::keyClicks(name, u"Spring Sale"_s);
    typeMatrix(dialog, u"newsletter, facebook, linkedin"_s, u"email, social"_s);
    QTRY_COMPARE(create->text(), u"Create 6 Links"_s);

    // Keep Creating: the question is asked, the run goes on to the end.
    QSignalSpy created(&dialog, &Gui::CampaignDialog::created);
    const int asked = MessageBox::questionsAsked();
    QTest::mouseClick(create, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 1);
    QCOMPARE(MessageBox::lastButtonText(QMessageBox::No), u"Keep Creating"_s);
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    QCOMPARE(backend.links().totalCount(), 6);

    // Stop: the dialog stays, says it stopped and what to press; nothing of the run is lost.
    name->setText(u"Autumn Sale"_s);
    QTRY_COMPARE(create->text(), u"Create 6 Links"_s);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(MessageBox::questionsAsked(), asked + 2);
    QCOMPARE(MessageBox::lastButtonText(QMessageBox::Yes), u"Stop"_s);
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().startsWith(u"Stopped: "_s), 20000);
    QVERIFY2(problem->text().contains(u"Create 6 Links"_s), qPrintable(problem->text()));
    QVERIFY(create->isEnabled());
    const qint64 afterStop = backend.links().totalCount();
    QVERIFY(afterStop < 12);

    // Pressed again, the rest is made, none twice.
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!problem->text().startsWith(u"Creating"_s) && problem->text().contains(u"created"_s),
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(backend.links().totalCount(), qint64(12), 20000);
    QVERIFY2(problem->text().startsWith(u"%1 created, %2 already there"_s.arg(12 - afterStop).arg(afterStop - 6)),
             qPrintable(problem->text()));
}

void TestCampaign::twelveLinksMadeAndPrinted()
{
    OpenCampaign opened;
    QVERIFY(opened.open());
    Gui::CampaignDialog &dialog = *opened.dialog;
    Backend &backend = opened.backend;
    auto *create = dialog.findChild<QPushButton *>(u"campaignCreateButton"_s);
    auto *problem = dialog.findChild<QLabel *>(u"campaignProblemLabel"_s);
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"campaignNameEdit"_s), u"Spring Sale"_s);
    typeMatrix(dialog, u"newsletter, facebook, linkedin"_s, u"email, social"_s);
    auto *table = dialog.findChild<QTableWidget *>(u"campaignPreviewTable"_s);
    QTRY_COMPARE(table->rowCount(), 6);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"campaignContentsEdit"_s), u"hero, footer"_s);
    QTRY_COMPARE(table->rowCount(), 12);
    QCOMPARE(create->text(), u"Create 12 Links"_s);
    QCOMPARE(table->item(0, 0)->text(), u"spring-sale-newsletter-email-hero"_s);
    QVERIFY(table->item(0, 2)->text().contains(u"utm_source=newsletter&utm_medium=email&utm_campaign=spring%20sale"
                                               u"&utm_content=hero"_s));

    // A pattern that makes a back-half twice says what to add, and nothing can be made.
    auto *pattern = dialog.findChild<QLineEdit *>(u"campaignPatternEdit"_s);
    const QString good = pattern->text();
    pattern->setText(u"{campaign}-{source}"_s);
    QTRY_VERIFY(problem->text().contains(u"twice"_s));
    QVERIFY(!create->isEnabled());
    pattern->setText(good);
    QTRY_VERIFY(create->isEnabled());

    QSignalSpy created(&dialog, &Gui::CampaignDialog::created);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    QCOMPARE(dialog.createdLinks().size(), 12);
    QCOMPARE(backend.links().totalCount(), 12);
    QVERIFY2(problem->text().startsWith(u"12 created"_s), qPrintable(problem->text()));
    QVERIFY(dialog.findChild<QPushButton *>(u"campaignLabelsButton"_s)->isEnabled());
    // Pressed again: nothing twice.
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 2, 20000);
    QVERIFY2(problem->text().startsWith(u"0 created, 12 already there"_s), qPrintable(problem->text()));
    QCOMPARE(backend.links().totalCount(), 12);

    // The labels, as Print Labels… paints them, into a PDF: one A4 page with the 12 links.
    QMainWindow window;
    QSettings store(opened.dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Gui::LinkCommands commands(backend, settings, &window);
    commands.setSelection(LinkSelection::of(backend, dialog.createdLinks(), dialog.createdLinks().first()));
    const QString pdf = opened.dir.filePath(u"labels.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::A4));
    commands.printLabelsTo(&printer);
    // Every label's code scans to its link.
    QProcess render;
    render.start(u"pdftoppm"_s,
                 {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, pdf, opened.dir.filePath(u"labels"_s)});
    QVERIFY(render.waitForFinished(60000));
    QProcess scan;
    scan.start(u"zbarimg"_s, {u"--nodbus"_s, u"--raw"_s, u"-q"_s, opened.dir.filePath(u"labels.png"_s)});
    QVERIFY(scan.waitForFinished(60000));
    QStringList decoded = QString::fromUtf8(scan.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QStringList expected;
    for (const Link &link : dialog.createdLinks())
        expected << link.shortUrl;
    decoded.sort();
    expected.sort();
    QCOMPARE(decoded, expected);
}

QTEST_MAIN(TestCampaign)
#include "tst_campaign.moc"
