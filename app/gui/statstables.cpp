#include "gui/statstables.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/base/percent.h"
#include "core/links/linksplit.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

// A row: what, its clicks and its share in percent, both numbers in the user's locale.
void fillRow(QTableWidget *table, int row, const QString &label, qint64 clicks, double percent)
{
    const QLocale locale;
    table->setItem(row, 0, new QTableWidgetItem(label));
    auto *count = new QTableWidgetItem(locale.toString(clicks));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 1, count);
    auto *share = new QTableWidgetItem(Percent::text(percent, 1, locale));
    share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 2, share);
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &what)
{
    auto *table = new QTableWidget(0, 3, parent);
    table->setObjectName(objectName);
    table->setAccessibleName(what);
    table->setHorizontalHeaderLabels({what, StatsTables::tr("Clicks"), StatsTables::tr("Share")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The figures' columns as wide as their titles and values, whatever the language.
    for (int column = 1; column < table->columnCount(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // An empty table says why, in its middle (present() shows it when there are no rows).
    auto *empty = new QLabel(StatsTables::tr("No clicks in this period."), table->viewport());
    empty->setObjectName(objectName + u"Empty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    auto *emptyLayout = new QVBoxLayout(table->viewport());
    emptyLayout->addWidget(empty);
    empty->hide();
    return table;
}

void showIfEmpty(QTableWidget *table, bool noted)
{
    if (auto *empty = table->viewport()->findChild<QLabel *>(table->objectName() + u"Empty"_s))
        empty->setVisible(table->rowCount() == 0 && !noted);
}

}   // namespace

StatsTables::StatsTables(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"statsTabs"_s);
    m_splitPage = new QWidget(this);
    auto *splitLayout = new QVBoxLayout(m_splitPage);
    splitLayout->setContentsMargins(0, 0, 0, 0);
    m_splitSummary = new QLabel(m_splitPage);
    m_splitSummary->setObjectName(u"statsSplitSummary"_s);
    m_splitSummary->setWordWrap(true);
    m_splitSummary->setTextFormat(Qt::PlainText);
    splitLayout->addWidget(m_splitSummary);
    m_splitTable = new QTableWidget(0, 4, m_splitPage);
    m_splitTable->setObjectName(u"statsSplitTable"_s);
    m_splitTable->setAccessibleName(tr("Variants"));
    m_splitTable->setHorizontalHeaderLabels({tr("Variant"), tr("Share set"), tr("Clicks"), tr("Share")});
    m_splitTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // German "Festgelegter Anteil" (Share set) was cut in a column of the default width.
    for (int column = 1; column < m_splitTable->columnCount(); ++column)
        m_splitTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_splitTable->verticalHeader()->hide();
    m_splitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_splitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_splitTable->setToolTip(tr("Click a row to see its clicks alone in the chart"));
    const auto chooseVariant = [this](int row) {
        if (row >= 0 && row < m_splitTable->rowCount())
            emit valueChosen(Analytics::Filter{u"variant"_s, QString::number(row + 1)});
    };
    connect(m_splitTable, &QTableWidget::cellClicked, this, chooseVariant);
    connect(m_splitTable, &QTableWidget::cellActivated, this, chooseVariant);
    splitLayout->addWidget(m_splitTable);
    // A tab only while the figures are one link's with a split (presentSplit() inserts it first).
    m_splitPage->hide();
    m_names.insert(u"variant"_s, tr("Variant"));
    m_topLinks = makeTable(this, u"statsTopLinksTable"_s, tr("Link"));
    m_topLinks->setToolTip(tr("Double-click a link to open it"));
    connect(m_topLinks, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_links.size() && !m_links.at(row).shortUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_links.at(row).shortUrl));
    });
    addTab(m_topLinks, tr("Top links"));
    for (const auto &[dimension, name, what, title] :
         {std::tuple{u"country"_s, u"statsCountries"_s, tr("Country"), tr("Countries")},
          std::tuple{u"referrer"_s, u"statsReferrers"_s, tr("Referrer"), tr("Referrers")},
          std::tuple{u"device"_s, u"statsDevices"_s, tr("Device"), tr("Devices")},
          std::tuple{u"browser"_s, u"statsBrowsers"_s, tr("Browser"), tr("Browsers")},
          std::tuple{u"os"_s, u"statsSystems"_s, tr("Operating system"), tr("Systems")}}) {
        auto *page = new QWidget(this);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        auto *note = new QLabel(page);
        note->setObjectName(name + u"Note"_s);
        note->setWordWrap(true);
        note->hide();
        pageLayout->addWidget(note);
        QTableWidget *table = makeTable(page, name + u"Table"_s, what);
        table->setToolTip(tr("Click a row to see its clicks alone in the chart"));
        const auto choose = [this, dimension = dimension](int row) {
            const QList<CampaignStats::Share> shares = m_shares.value(dimension);
            if (row >= 0 && row < shares.size())
                emit valueChosen(Analytics::Filter{dimension, shares.at(row).value});
        };
        connect(table, &QTableWidget::cellClicked, this, choose);
        connect(table, &QTableWidget::cellActivated, this, choose);
        pageLayout->addWidget(table);
        m_tables.insert(dimension, table);
        m_notes.insert(dimension, note);
        m_names.insert(dimension, what);
        addTab(page, title);
    }
}

QString StatsTables::valueName(const QString &dimension, const QString &value)
{
    if (value.isEmpty())
        return dimension == u"referrer"_s ? tr("Direct") : tr("Unknown");
    if (dimension == u"variant"_s)
        return LinkSplit::letter(value.toInt());
    // The server's device kinds (and the services' like them) are words, said in the user's
    // language; countries, referrers, browsers and systems are names and stay as they are.
    if (dimension == u"device"_s) {
        const QString kind = value.toLower();
        if (kind == u"desktop")
            return tr("Desktop", "device kind");
        if (kind == u"mobile")
            return tr("Mobile", "device kind");
        if (kind == u"tablet")
            return tr("Tablet", "device kind");
        if (kind == u"bot")
            return tr("Bot", "device kind");
        if (kind == u"other")
            return tr("Other", "device kind");
    }
    return value;
}

void StatsTables::presentSplit(const CampaignStats::Figures &f)
{
    const SplitTest &test = f.split;
    const bool shown = test.rows.size() >= 2;
    const int index = indexOf(m_splitPage);
    if (!shown) {
        if (index >= 0) {
            removeTab(index);   // the page stays this widget's child, hidden
            m_splitPage->hide();
        }
        return;
    }
    if (index < 0) {
        insertTab(0, m_splitPage, tr("A/B split"));
        setCurrentIndex(0);
    }
    const QLocale locale;
    qint64 splitClicks = 0;
    for (const SplitTest::Row &row : test.rows)
        splitClicks += row.clicks;
    m_splitTable->setRowCount(int(test.rows.size()));
    for (int i = 0; i < test.rows.size(); ++i) {
        const SplitTest::Row &row = test.rows.at(i);
        auto *what = new QTableWidgetItem(tr("%1: %2").arg(LinkSplit::letter(row.variant), row.url));
        what->setToolTip(row.url);
        m_splitTable->setItem(i, 0, what);
        auto *set = new QTableWidgetItem(Percent::text(row.percent, 0, locale));
        set->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_splitTable->setItem(i, 1, set);
        auto *clicks = new QTableWidgetItem(locale.toString(row.clicks));
        clicks->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_splitTable->setItem(i, 2, clicks);
        // No clicks: no share yet (not "0 %", which reads as a result).
        auto *share = new QTableWidgetItem(splitClicks > 0 ? Percent::text(row.share, 1, locale) : u"–"_s);
        if (splitClicks == 0)
            share->setToolTip(tr("No clicks in this period."));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_splitTable->setItem(i, 3, share);
    }
    m_splitSummary->setText(test.summary);
}

void StatsTables::present(const CampaignStats &stats)
{
    const CampaignStats::Figures &f = stats.figures();
    presentSplit(f);
    m_links = f.topLinks;
    m_topLinks->setRowCount(int(m_links.size()));
    for (int i = 0; i < m_links.size(); ++i) {
        fillRow(m_topLinks, i, m_links.at(i).label, m_links.at(i).clicks,
                f.total > 0 ? 100.0 * double(m_links.at(i).clicks) / double(f.total) : 0.0);
        m_topLinks->item(i, 0)->setToolTip(m_links.at(i).shortUrl);
    }
    showIfEmpty(m_topLinks, false);
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        const QList<CampaignStats::Share> shares = f.breakdown(it.key());
        m_shares.insert(it.key(), shares);
        QTableWidget *table = it.value();
        table->setRowCount(int(shares.size()));
        for (int i = 0; i < shares.size(); ++i) {
            fillRow(table, i, valueName(it.key(), shares.at(i).value), shares.at(i).clicks,
                    CampaignStats::percentOf(shares.at(i).clicks, shares));
        }
        QLabel *note = m_notes.value(it.key());
        note->setText(stats.breakdownNote(it.key()));
        note->setVisible(!note->text().isEmpty());
        showIfEmpty(table, !note->text().isEmpty());
    }
}

}   // namespace Linkdeck::Gui
