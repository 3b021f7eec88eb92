#include "gui/statsdialog.h"

#include "core/database.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

StatsDialog::Figures compute(const QString &path, const QList<qint64> &links, QDate from, QDate to, TimeUnit unit,
                             bool excludeBots)
{
    StatsDialog::Figures f;
    Database db;   // this thread's own connection
    if (auto opened = db.open(path); !opened) {
        f.error = opened.error().message;
        return f;
    }
    const Analytics analytics(db);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (auto s = analytics.series(links, from, to, unit, zone, excludeBots))
        f.series = *s;
    for (const auto &b : std::as_const(f.series))
        f.total += b.clicks;
    const qint64 days = from.daysTo(to) + 1;
    if (auto previous = analytics.series(links, from.addDays(-days), from.addDays(-1), TimeUnit::Month, zone, excludeBots)) {
        for (const auto &b : *previous)
            f.previousTotal += b.clicks;
    }
    if (auto c = analytics.breakdown(links, u"country"_s, from, to, zone))
        f.countries = *c;
    if (auto r = analytics.breakdown(links, u"referrer"_s, from, to, zone))
        f.referrers = *r;
    return f;
}

void fillTable(QTableWidget *table, const QList<Analytics::Share> &shares, const QString &unknown)
{
    table->setRowCount(int(shares.size()));
    for (int i = 0; i < shares.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(shares.at(i).value.isEmpty() ? unknown : shares.at(i).value));
        auto *count = new QTableWidgetItem(QLocale().toString(shares.at(i).clicks));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, count);
    }
}

} // namespace

StatsDialog::StatsDialog(QString databasePath, QList<qint64> links, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_links(std::move(links))
{
    setObjectName(u"statsDialog"_s);
    setWindowTitle(tr("Statistics: %1").arg(title));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(u"statsRangeCombo"_s);
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(2);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"statsUnitCombo"_s);
    m_unit->addItem(tr("Automatic"), -1);
    m_unit->addItem(tr("Hours"), int(TimeUnit::Hour));
    m_unit->addItem(tr("Days"), int(TimeUnit::Day));
    m_unit->addItem(tr("Weeks"), int(TimeUnit::Week));
    m_unit->addItem(tr("Months"), int(TimeUnit::Month));
    m_bots = new QCheckBox(tr("Include bots"), this);
    m_bots->setObjectName(u"statsBotsCheck"_s);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(u"statsCsvButton"_s);
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_range);
    controls->addWidget(new QLabel(tr("Per:"), this));
    controls->addWidget(m_unit);
    controls->addWidget(m_bots);
    controls->addStretch();
    controls->addWidget(csv);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"statsSummaryLabel"_s);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    m_timeChart = new QChartView(this);
    m_timeChart->setObjectName(u"statsTimeChart"_s);
    m_timeChart->setRenderHint(QPainter::Antialiasing);
    m_timeChart->setMinimumHeight(260);
    layout->addWidget(m_timeChart, 2);

    auto *tables = new QHBoxLayout;
    for (auto [table, title2, name] : {std::tuple{&m_countries, tr("Country"), u"statsCountriesTable"_s},
                                       std::tuple{&m_referrers, tr("Referrer"), u"statsReferrersTable"_s}}) {
        *table = new QTableWidget(0, 2, this);
        (*table)->setObjectName(name);
        (*table)->setHorizontalHeaderLabels({title2, tr("Clicks")});
        (*table)->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        (*table)->verticalHeader()->hide();
        (*table)->setEditTriggers(QAbstractItemView::NoEditTriggers);
        tables->addWidget(*table);
    }
    layout->addLayout(tables, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, &StatsDialog::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &StatsDialog::reload);
    connect(m_bots, &QCheckBox::toggled, this, &StatsDialog::reload);
    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, [this] { present(m_watcher.result()); });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), u"clicks.csv"_s, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(toCsv().toUtf8());
            file.commit();
        }
    });
    reload();
}

void StatsDialog::reload()
{
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(1 - m_range->currentData().toInt());
    const int unitChoice = m_unit->currentData().toInt();
    const TimeUnit unit = unitChoice < 0 ? Analytics::defaultUnit(from, to) : TimeUnit(unitChoice);
    m_summary->setText(tr("Loading…"));
    m_watcher.setFuture(QtConcurrent::run(compute, m_databasePath, m_links, from, to, unit, !m_bots->isChecked()));
}

void StatsDialog::present(const Figures &figures)
{
    m_figures = figures;
    if (!figures.error.isEmpty()) {
        m_summary->setText(figures.error);
        emit loaded();
        return;
    }
    const QLocale locale;
    QString change;
    if (figures.previousTotal > 0) {
        const double percent = 100.0 * (figures.total - figures.previousTotal) / figures.previousTotal;
        change = tr(" (%1% against the period before)").arg(locale.toString(percent, 'f', 0));
        if (percent > 0)
            change.replace(u"("_s, u"(+"_s);
    }
    m_summary->setText(tr("%Ln click(s)", nullptr, int(figures.total)) + change);

    auto *chart = new QChart;
    chart->legend()->hide();
    auto *line = new QLineSeries(chart);
    line->setName(tr("Clicks"));
    qint64 max = 1;
    for (const auto &b : figures.series) {
        line->append(double(b.start.toMSecsSinceEpoch()), double(b.clicks));
        max = qMax(max, b.clicks);
    }
    chart->addSeries(line);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(figures.series.size() > 0 && figures.series.first().start.secsTo(figures.series.first().end) < 86400
                     ? u"HH:mm"_s : QLocale().dateFormat(QLocale::ShortFormat));
    auto *y = new QValueAxis(chart);
    y->setRange(0, double(max) * 1.1);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    QChart *old = m_timeChart->chart();
    m_timeChart->setChart(chart);
    delete old;
    fillTable(m_countries, figures.countries, tr("Unknown"));
    fillTable(m_referrers, figures.referrers, tr("Direct"));
    emit loaded();
}

QString StatsDialog::toCsv() const
{
    QString out = u"start,clicks\r\n"_s;
    for (const auto &b : m_figures.series)
        out += b.start.toString(Qt::ISODate) + u',' + QString::number(b.clicks) + u"\r\n"_s;
    return out;
}

} // namespace Linkdeck::Gui
