#include "core/bulk/importer.h"
#include "core/links/linkquery.h"
#include "core/storage/accountrepository.h"
#include "core/storage/linkrepository.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/exportdialog.h"
#include "gui/importwizard.h"
#include "gui/linkcommands.h"
#include "i18n.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linkdeck;

// File > Import Links… as a person uses it: a German Excel file ("Unicode text": UTF-16 with
// a BOM, semicolons, quoted fields with a semicolon and a newline), its columns recognised,
// every row's verdict before anything is made, the import, and the same file again making
// nothing twice; a file that is not a table changes nothing; File > Export Links… writes a
// file that imports back as "already there".
class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates))); }
    void init();
    void cleanup();
    void germanExcelFileThroughTheWizard();
    void binaryFileIsRefusedWithASentence();
    void exportImportsBackUnchanged();
    void exportDialogAsksForBreakdowns();
    void exportDialogShowsAWholePath();
    void exportRunsBesideTheWindowAndCancels();

private:
    QString writeGermanExcelFile();
    // Opens the wizard on the file and goes to the preview; returns its summary once read.
    QString preview(Gui::ImportWizard &wizard, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
};

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
}

void TestImportWizard::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

QString TestImportWizard::writeGermanExcelFile()
{
    const QString text =
        u"Ziel;Kürzel;Titel;Schlagwörter\r\n"
        u"https://shop.example/winter;winter-sale;Winterschlussverkauf;\"Kampagne, Winter\"\r\n"
        u"https://shop.example/news;newsletter-dez;\"Newsletter; Dezember\";news\r\n"
        u"javascript:alert(1);boese;Böse;\r\n"
        u"https://shop.example/winter;winter-sale;Winterschlussverkauf;\r\n"
        u"https://shop.example/print;print-flyer;\"Flyer\nzweizeilig\";print\r\n"_s;   // Alt+Enter in Excel
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString path = m_dir->filePath(u"Kampagne.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(utf16.encode(text));
    return path;
}

QString TestImportWizard::preview(Gui::ImportWizard &wizard, const QString &path)
{
    wizard.findChild<QLineEdit *>(u"importFileEdit"_s)->setText(path);
    wizard.next();
    if (wizard.currentId() != Gui::ImportWizard::ColumnsPage)
        return {};
    wizard.next();
    auto *summary = wizard.findChild<QLabel *>(u"importPreviewSummary"_s);
    QDeadlineTimer deadline(20000);
    while (!summary->text().startsWith(u"Dry run"_s) && !deadline.hasExpired())
        QTest::qWait(20);
    return summary->text();
}

void TestImportWizard::germanExcelFileThroughTheWizard()
{
    const QString path = writeGermanExcelFile();
    Gui::ImportWizard wizard(*m_backend);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(u"importFileEdit"_s)->setText(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ColumnsPage));
    const QString detected = wizard.findChild<QLabel *>(u"importDetectedLabel"_s)->text();
    QVERIFY2(detected.contains(u"UTF-16"_s) && detected.contains(u"“;”"_s), qPrintable(detected));
    // The German headers are recognised; a changed column is taken.
    auto *destination = wizard.findChild<QComboBox *>(u"importFieldCombo0"_s);
    auto *title = wizard.findChild<QComboBox *>(u"importFieldCombo2"_s);
    QCOMPARE(Bulk::Field(destination->currentData().toInt()), Bulk::Field::Destination);
    QCOMPARE(Bulk::Field(title->currentData().toInt()), Bulk::Field::Title);
    title->setCurrentIndex(title->findData(int(Bulk::Field::Ignore)));
    QCOMPARE(wizard.importer()->mapping().column(Bulk::Field::Title), -1);
    // Without a destination column the wizard says why and does not go on.
    destination->setCurrentIndex(destination->findData(int(Bulk::Field::Ignore)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.findChild<QLabel *>(u"importColumnsProblem"_s)->text().isEmpty());
    destination->setCurrentIndex(destination->findData(int(Bulk::Field::Destination)));
    title->setCurrentIndex(title->findData(int(Bulk::Field::Title)));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Every row's verdict, nothing made yet.
    wizard.next();
    auto *summary = wizard.findChild<QLabel *>(u"importPreviewSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Dry run"_s), 20000);
    QCOMPARE(summary->text(),
             u"Dry run: 3 to create, 1 already there, 0 to update, 0 to create under another "
             u"back-half, 0 skipped (back-half taken), 1 invalid."_s);
    auto *rows = wizard.findChild<QTableView *>(u"importPreviewRows"_s);
    QTRY_COMPARE(rows->model()->rowCount(), 5);
    QCOMPARE(rows->model()->index(2, 0).data().toLongLong(), 4);   // the header is row 1
    QCOMPARE(rows->model()->index(2, 1).data().toString(), u"invalid"_s);
    QVERIFY2(rows->model()->index(2, 3).data().toString().contains(u"javascript"_s),
             qPrintable(rows->model()->index(2, 3).data().toString()));
    QCOMPARE(m_backend->links().totalCount(), 0);

    // The import.
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::RunPage));
    auto *done = wizard.findChild<QLabel *>(u"importRunSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(done->text().contains(u"created"_s), 20000);
    QVERIFY2(done->text().startsWith(u"3 created, 1 already there"_s), qPrintable(done->text()));
    QCOMPARE(m_backend->links().totalCount(), 3);
    LinkQuery byText;
    byText.text = u"newsletter-dez"_s;
    const QList<Link> news = m_backend->links().fetch(byText, 0, 10);
    QCOMPARE(news.size(), 1);
    QCOMPARE(news.first().title, u"Newsletter; Dezember"_s);
    QCOMPARE(news.first().tags, QStringList{u"news"_s});
    byText.text = u"print-flyer"_s;
    QCOMPARE(m_backend->links().fetch(byText, 0, 10).first().title, u"Flyer\nzweizeilig"_s);
    byText.text = u"winter-sale"_s;
    QCOMPARE(m_backend->links().fetch(byText, 0, 10).first().tags, (QStringList{u"Kampagne"_s, u"Winter"_s}));
    QVERIFY(wizard.findChild<QAbstractButton *>(u"importRunSaveButton"_s)->isEnabled());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.accept();

    // The same file again: everything is there, Import stays disabled.
    Gui::ImportWizard again(*m_backend);
    again.show();
    QCOMPARE(preview(again, path),
             u"Dry run: 0 to create, 4 already there, 0 to update, 0 to create under another "
             u"back-half, 0 skipped (back-half taken), 1 invalid."_s);
    QVERIFY(!again.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(m_backend->links().totalCount(), 3);
}

void TestImportWizard::binaryFileIsRefusedWithASentence()
{
    const QString path = m_dir->filePath(u"photo.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray binary("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i * 7 % 256));
    file.write(binary);
    file.close();
    Gui::ImportWizard wizard(*m_backend);
    wizard.show();
    wizard.findChild<QLineEdit *>(u"importFileEdit"_s)->setText(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::FilePage));
    const QString error = wizard.findChild<QLabel *>(u"importFileError"_s)->text();
    QVERIFY2(!error.isEmpty() && error.endsWith(u'.'), qPrintable(error));
    wizard.findChild<QLineEdit *>(u"importFileEdit"_s)->setText(m_dir->filePath(u"missing.csv"_s));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::FilePage));
    QVERIFY(wizard.findChild<QLabel *>(u"importFileError"_s)->text().contains(u"missing.csv"_s));
    QCOMPARE(m_backend->links().totalCount(), 0);
}

void TestImportWizard::exportImportsBackUnchanged()
{
    const QString path = writeGermanExcelFile();
    Gui::ImportWizard first(*m_backend);
    first.show();
    preview(first, path);
    first.next();
    QTRY_VERIFY_WITH_TIMEOUT(first.findChild<QLabel *>(u"importRunSummary"_s)->text().contains(u"created"_s), 20000);
    QCOMPARE(m_backend->links().totalCount(), 3);

    QMainWindow window;
    QSettings store(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Gui::LinkCommands commands(*m_backend, settings, &window);
    const QString exported = m_dir->filePath(u"links.csv"_s);
    QVERIFY(commands.exportLinksTo(LinkQuery{}, exported));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"3 links saved in"_s),
             qPrintable(window.statusBar()->currentMessage()));
    Gui::ImportWizard back(*m_backend);
    back.show();
    QVERIFY2(preview(back, exported).startsWith(u"Dry run: 0 to create, 3 already there"_s),
             qPrintable(back.findChild<QLabel *>(u"importPreviewSummary"_s)->text()));
}

// File > Export Links…: the dialog's check box adds each link's breakdowns; the status bar
// says which links have none and why; the file still imports back.
void TestImportWizard::exportDialogShowsAWholePath()
{
    // The file name is what a person checks before pressing Export: a usual path is shown whole,
    // not scrolled so that its start (the folder) is hidden.
    const QString path = u"/home/maria.schmidt/Dokumente/Linkdeck/links-2026-12.csv"_s;
    Gui::ExportDialog dialog(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(u"exportPath"_s);
    QVERIFY(field);
    const int textWidth = field->fontMetrics().horizontalAdvance(QDir::toNativeSeparators(path));
    QVERIFY2(field->width() >= textWidth + 12,
             qPrintable(u"field %1 px, path %2 px"_s.arg(field->width()).arg(textWidth)));
}

void TestImportWizard::exportDialogAsksForBreakdowns()
{
    const auto readFile = [](const QString &name) {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString path = writeGermanExcelFile();
    Gui::ImportWizard first(*m_backend);
    first.show();
    preview(first, path);
    first.next();
    QTRY_VERIFY_WITH_TIMEOUT(first.findChild<QLabel *>(u"importRunSummary"_s)->text().contains(u"created"_s), 20000);

    QMainWindow window;
    QSettings store(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Gui::LinkCommands commands(*m_backend, settings, &window);
    const auto exportWith = [&](const QString &name, bool breakdowns) {
        commands.exportLinks(LinkQuery{});
        auto *dialog = window.findChild<Gui::ExportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *box = dialog->findChild<QCheckBox *>(u"exportBreakdowns"_s);
        QVERIFY(box && !box->isChecked());   // off unless asked
        if (breakdowns)
            box->click();
        dialog->findChild<QLineEdit *>(u"exportPath"_s)->setText(m_dir->filePath(name));
        dialog->findChild<QAbstractButton *>(u"exportButton"_s)->click();
        QTRY_VERIFY(!window.findChild<Gui::ExportDialog *>());   // closed and gone
    };
    exportWith(u"plain.csv"_s, false);
    QVERIFY(!readFile(m_dir->filePath(u"plain.csv"_s)).contains("countries"));
    exportWith(u"with.csv"_s, true);
    const QByteArray with = readFile(m_dir->filePath(u"with.csv"_s));
    QVERIFY(with.contains(",clicks,countries,referrers,devices,browsers,operating_systems\r\n"));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"3 links saved in"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.statusBar()->currentMessage().contains(u"Bitly"_s));   // all on this computer

    // A link of a service: its cells stay empty, and the status bar says so once.
    Account bitly;
    bitly.provider = ProviderKind::Bitly;
    bitly.name = u"Bitly"_s;
    bitly.apiBase = u"http://127.0.0.1:9/"_s;
    const Result<Account> added = m_backend->accounts().add(bitly);
    QVERIFY(added);
    Link remote;
    remote.accountId = added->id;
    remote.remoteId = u"bit.ly/4abc"_s;
    remote.domain = u"bit.ly"_s;
    remote.slug = u"4abc"_s;
    remote.shortUrl = u"https://bit.ly/4abc"_s;
    remote.destination = u"https://shop.example/remote"_s;
    QVERIFY(m_backend->links().insertMany({remote}));
    exportWith(u"mixed.csv"_s, true);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(u"4 links saved in"_s) && message.contains(u"1 link"_s)
                 && message.contains(u"from Bitly, Shlink or another service have empty countries"_s),
             qPrintable(message));

    Gui::ImportWizard back(*m_backend);
    back.show();
    QVERIFY2(preview(back, m_dir->filePath(u"with.csv"_s)).startsWith(u"Dry run: 0 to create, 3 already there"_s),
             qPrintable(back.findChild<QLabel *>(u"importPreviewSummary"_s)->text()));
}

// A long export runs on a worker beside the window: the window's events go on (a timer fires
// during it), its progress dialog's Cancel stops it, the file that was there stays as it was
// and no temporary file is left; without Cancel the same export writes every link.
void TestImportWizard::exportRunsBesideTheWindowAndCancels()
{
    QList<Link> links;
    for (int i = 0; i < 12000; ++i) {
        Link l;
        l.accountId = AccountRepository::LocalAccountId;
        l.domain = u"go.example"_s;
        l.slug = u"s%1"_s.arg(i);
        l.shortUrl = u"https://go.example/s%1"_s.arg(i);
        l.destination = u"https://shop.example/%1"_s.arg(i);
        links << l;
    }
    QVERIFY(m_backend->links().insertMany(links));
    QMainWindow window;
    QSettings store(m_dir->filePath(u"s.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    Gui::LinkCommands commands(*m_backend, settings, &window);
    const QString path = m_dir->filePath(u"links.json"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier export");
    }
    bool cancelled = false;
    QTimer::singleShot(0, &window, [&] {
        auto *progress = window.findChild<QProgressDialog *>(u"exportProgress"_s);
        auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (cancel) {
            cancel->click();
            cancelled = true;
        }
    });
    Bulk::ExportOptions options;
    options.breakdowns = true;
    QVERIFY(!commands.exportLinksTo(LinkQuery{}, path, options));
    QVERIFY(cancelled);   // the window's timer fired while the export ran
    QCOMPARE(window.statusBar()->currentMessage(), u"Export stopped; no file was written."_s);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("earlier export"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(u"links.json"_s),
             QStringList{u"links.json"_s});   // nor a temporary file beside it
    QVERIFY(!window.findChild<QProgressDialog *>(u"exportProgress"_s));

    QVERIFY(commands.exportLinksTo(LinkQuery{}, path, options));
    const QString saved = QLocale().toString(12000) + u" links saved in"_s;   // %Ln: the default locale's digits
    QVERIFY2(window.statusBar()->currentMessage().startsWith(saved), qPrintable(window.statusBar()->currentMessage()));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count("\"breakdowns\":{"), 12000);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
