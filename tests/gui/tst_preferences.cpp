// Preferences > General > Appearance (issue 12): System, Light or Dark, applied to the whole
// application at once (no restart), taken back on Cancel, kept in the settings and applied again
// at start. Charts and the coloured status lines follow the palette; no widget stays light in Dark.
#include "core/storage/settings.h"
#include "core/sync/backend.h"
#include "gui/appearance.h"
#include "gui/icons.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/statschart.h"
#include "gui/tones.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Linkdeck;
using namespace Linkdeck::Gui;

namespace {

bool isDarkPalette(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 100 && p.color(QPalette::Base).lightness() < 100
        && p.color(QPalette::WindowText).lightness() > 180 && p.color(QPalette::Text).lightness() > 180
        && p.color(QPalette::ButtonText).lightness() > 180;
}

// The shown widgets of `window` whose background or text is still light in a dark palette.
QStringList lightIslands(QWidget *window)
{
    QStringList found;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets << window;
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QPalette &p = w->palette();
        const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        if (p.color(w->backgroundRole()).lightness() >= 128)
            found << what + u": background "_s + p.color(w->backgroundRole()).name();
        else if (p.color(QPalette::Base).lightness() >= 128)
            found << what + u": base "_s + p.color(QPalette::Base).name();
        else if (p.color(w->foregroundRole()).lightness() < 128 && !qobject_cast<QLabel *>(w))
            found << what + u": text "_s + p.color(w->foregroundRole()).name();
    }
    return found;
}

}   // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void darkAppliesAtOnceAndIsKept();
    void cancelTakesTheChoiceBack();
    void systemGivesThePlatformPaletteBack();
    void chosenAppearanceIsAppliedAtStart();
    void chartsAndTonesFollow();
    void explanationFitsAsOpened();

private:
    // Opens Preferences from the window's menu and runs `answer` in it once it shows.
    void inPreferences(const std::function<void(QDialog *)> &answer);
    QComboBox *appearanceCombo(QDialog *dialog) const;

    QPalette m_platform;   // the palette the application started with
    QString m_platformStyle;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    m_platform = QApplication::palette();
    m_platformStyle = QApplication::style()->name();
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backend = std::make_unique<Backend>();
    QVERIFY(m_backend->open(m_dir->filePath(u"links.sqlite"_s)).ok());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_backend, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferences::cleanup()
{
    m_window.reset();
    Appearance::apply(Settings::Appearance::System);
    m_settings.reset();
    m_store.reset();
    m_backend.reset();
    m_dir.reset();
}

void TestPreferences::inPreferences(const std::function<void(QDialog *)> &answer)
{
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<PreferencesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        answered = true;
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();   // a failed check closes it too
    });
    m_window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
    QVERIFY(answered);
}

QComboBox *TestPreferences::appearanceCombo(QDialog *dialog) const
{
    return dialog->findChild<QComboBox *>(u"appearanceCombo"_s);
}

void TestPreferences::darkAppliesAtOnceAndIsKept()
{
    QCOMPARE(m_settings->appearance(), Settings::Appearance::System);
    QStringList islands;
    inPreferences([&](QDialog *dialog) {
        QComboBox *combo = appearanceCombo(dialog);
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), u"System"_s);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findText(u"Dark"_s));
        // At once, while the dialog is still open: the application, this dialog and the window.
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        // The widgets take it on the next pass of the event loop.
        QTRY_VERIFY(isDarkPalette(m_window->palette()));
        islands << lightIslands(dialog) << lightIslands(m_window.get());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QVERIFY2(islands.isEmpty(), qPrintable(islands.join(u"\n"_s)));
    QVERIFY(isDarkPalette(QApplication::palette()));
    QVERIFY(QApplication::palette().color(QPalette::Disabled, QPalette::WindowText).lightness()
            < QApplication::palette().color(QPalette::WindowText).lightness());
    QCOMPARE(m_settings->appearance(), Settings::Appearance::Dark);
    // Kept in the file, for the next start.
    m_store->sync();
    QSettings again(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(Settings(again).appearance(), Settings::Appearance::Dark);

    // Light: Fusion's own palette, dark text on light windows.
    inPreferences([&](QDialog *dialog) {
        QComboBox *combo = appearanceCombo(dialog);
        QCOMPARE(combo->currentText(), u"Dark"_s);
        combo->setCurrentIndex(combo->findText(u"Light"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QCOMPARE(m_settings->appearance(), Settings::Appearance::Light);
    QCOMPARE(QApplication::palette(), Appearance::lightPalette());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 60);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() > 200);
}

void TestPreferences::cancelTakesTheChoiceBack()
{
    inPreferences([&](QDialog *dialog) {
        appearanceCombo(dialog)->setCurrentIndex(appearanceCombo(dialog)->findText(u"Dark"_s));
        QVERIFY(isDarkPalette(QApplication::palette()));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    QCOMPARE(m_settings->appearance(), Settings::Appearance::System);
    QCOMPARE(QApplication::palette(), m_platform);
    QTRY_COMPARE(m_window->palette().color(QPalette::Window), m_platform.color(QPalette::Window));
}

void TestPreferences::systemGivesThePlatformPaletteBack()
{
    m_settings->setAppearance(Settings::Appearance::Dark);
    Appearance::apply(Settings::Appearance::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QTRY_VERIFY(isDarkPalette(m_window->palette()));
    inPreferences([&](QDialog *dialog) {
        QCOMPARE(appearanceCombo(dialog)->currentText(), u"Dark"_s);
        appearanceCombo(dialog)->setCurrentIndex(appearanceCombo(dialog)->findText(u"System"_s));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QCOMPARE(m_settings->appearance(), Settings::Appearance::System);
    QCOMPARE(QApplication::palette(), m_platform);
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QTRY_COMPARE(m_window->palette().color(QPalette::Window), m_platform.color(QPalette::Window));
    QCOMPARE(m_window->palette().color(QPalette::WindowText), m_platform.color(QPalette::WindowText));
}

void TestPreferences::chosenAppearanceIsAppliedAtStart()
{
    // What main() does with the saved choice before the window shows.
    QSettings store(m_dir->filePath(u"start.ini"_s), QSettings::IniFormat);
    Settings settings(store);
    settings.setAppearance(Settings::Appearance::Dark);
    store.sync();
    QSettings read(m_dir->filePath(u"start.ini"_s), QSettings::IniFormat);
    Appearance::apply(Settings(read).appearance());
    QVERIFY(isDarkPalette(QApplication::palette()));
    MainWindow window(*m_backend, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(isDarkPalette(window.palette()));
    const QStringList islands = lightIslands(&window);
    QVERIFY2(islands.isEmpty(), qPrintable(islands.join(u"\n"_s)));
}

void TestPreferences::chartsAndTonesFollow()
{
    QWidget page;
    auto *bad = new QLabel(u"Not a web address"_s, &page);
    auto *good = new QLabel(u"Available"_s, &page);
    good->move(0, 30);
    setTone(bad, Tone::Bad);
    setTone(good, Tone::Good);
    auto *warning = new QLabel(u"May not scan"_s, &page);
    warning->move(0, 45);
    setTone(warning, Tone::Warning);
    auto *link = new QLabel(u"<a href=\"https://go.example/spring\">go.example/spring</a>"_s, &page);
    link->move(200, 0);
    followPaletteLinks(link);
    auto *chart = new StatsChart(&page);
    chart->setGeometry(0, 60, 400, 200);
    chart->setSeries({}, {}, u"Clicks"_s);
    page.resize(400, 260);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    Appearance::apply(Settings::Appearance::Light);
    QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
    const QColor lightBad = bad->palette().color(QPalette::WindowText);
    QCOMPARE(lightBad, badTone(Appearance::lightPalette()));
    QVERIFY(lightBad.lightness() < 128);

    Appearance::apply(Settings::Appearance::Dark);
    QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
    QTRY_COMPARE(bad->palette().color(QPalette::WindowText), badTone(Appearance::darkPalette()));
    QCOMPARE(good->palette().color(QPalette::WindowText), goodTone(Appearance::darkPalette()));
    QCOMPARE(warning->palette().color(QPalette::WindowText), warningTone(Appearance::darkPalette()));
    QVERIFY(warning->palette().color(QPalette::WindowText).lightness() > 128);
    QVERIFY(bad->palette().color(QPalette::WindowText).lightness() > 128);
    // Only the text is the label's own: its window follows the application.
    QTRY_COMPARE(bad->palette().color(QPalette::Window), Appearance::darkPalette().color(QPalette::Window));

    // A link is drawn (its underline) in the dark palette's link colour, not the light one's.
    const auto drawsIn = [](QWidget *widget, const QColor &colour) {
        const QImage image = widget->grab().toImage();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (QColor(image.pixel(x, y)) == colour)
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(drawsIn(link, Appearance::darkPalette().color(QPalette::Link)));
    QVERIFY(!drawsIn(link, Appearance::lightPalette().color(QPalette::Link)));
    // The shipped monochrome icons are drawn in the text colour: light on dark.
    const auto iconColour = [](QIcon::Mode mode) {
        const QImage image = themedIcon(u"list-add"_s, QStyle::SP_FileIcon).pixmap(QSize(22, 22), mode).toImage();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor(image.pixel(x, y));
            }
        }
        return QColor();
    };
    QCOMPARE(iconColour(QIcon::Normal), Appearance::darkPalette().color(QPalette::WindowText));
    QCOMPARE(iconColour(QIcon::Disabled), Appearance::darkPalette().color(QPalette::Disabled, QPalette::WindowText));

    Appearance::apply(Settings::Appearance::Light);
    QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(iconColour(QIcon::Normal), Appearance::lightPalette().color(QPalette::WindowText));
    QTRY_COMPARE(bad->palette().color(QPalette::WindowText), lightBad);
    QTRY_COMPARE(bad->palette().color(QPalette::Window), Appearance::lightPalette().color(QPalette::Window));
}

// Preferences as it opens, also on a 1024x600 screen (tst_preferences_smallscreen): the wrapped
// explanation of the public address whole, and the dialog within the screen. Qt opens a dialog at
// most two thirds of the screen high, which cut it on a 1024x700 desktop (issue 12).
void TestPreferences::explanationFitsAsOpened()
{
    PreferencesDialog dialog(*m_settings, *m_backend, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *explanation = dialog.findChild<QLabel *>(u"publicAddressHintLabel"_s);
    QVERIFY(explanation && explanation->isVisible() && explanation->wordWrap());
    QVERIFY2(explanation->heightForWidth(explanation->width()) <= explanation->height(),
             qPrintable(u"needs %1 px at %2 px wide, has %3"_s.arg(explanation->heightForWidth(explanation->width()))
                            .arg(explanation->width())
                            .arg(explanation->height())));
    QVERIFY(dialog.height() <= dialog.screen()->availableGeometry().height());
    dialog.reject();
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
