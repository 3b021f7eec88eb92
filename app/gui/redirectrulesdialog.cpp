#include "gui/redirectrulesdialog.h"

#include "gui/tones.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

#include "core/base/clock.h"
#include "core/base/future.h"
#include "core/base/percent.h"
#include "core/links/linksplit.h"
#include "core/providers/linkprovider.h"
#include "gui/icons.h"
#include "gui/messagebox.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

using Rules::Condition;
using Rules::ConditionType;

namespace {

void setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    setTone(label, Tone::Bad);
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *valueCombo(QWidget *parent, const QString &objectName, const QList<std::pair<QString, QString>> &values)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (const auto &[id, name] : values)
        combo->addItem(name, id);
    return combo;
}

// "2026-12-24T10:00:00Z" or "2026-12-24" as a local date-time for the editor.
QDateTime instantFrom(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    } else if (t.timeSpec() == Qt::LocalTime) {
        t = QDateTime(t.date(), t.time(), QTimeZone::utc());   // as the server reads it
    }
    return t.isValid() ? t.toLocalTime() : QDateTime();
}

}   // namespace

// One condition: its type, and the inputs that type needs, on a page of their own.
class ConditionRow final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Gui::RedirectRulesDialog)
public:
    ConditionRow(std::function<void()> changed, std::function<void(ConditionRow *)> removeRequested, QWidget *parent)
        : QWidget(parent)
        , m_changed(std::move(changed))
    {
        setObjectName(u"conditionRow"_s);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_type = new QComboBox(this);
        m_type->setObjectName(u"conditionTypeCombo"_s);
        m_type->setAccessibleName(tr("Condition"));
        for (ConditionType type : Rules::allConditionTypes())
            m_type->addItem(Rules::Text::typeName(type), int(type));
        m_pages = new QStackedWidget(this);
        const auto page = [this](QList<QWidget *> widgets) {
            auto *w = new QWidget(m_pages);
            auto *l = new QHBoxLayout(w);
            l->setContentsMargins(0, 0, 0, 0);
            for (QWidget *child : widgets) {
                child->setParent(w);
                l->addWidget(child, 1);
            }
            m_pages->addWidget(w);
        };
        m_device = valueCombo(this, u"deviceCombo"_s, Rules::Text::devices());
        m_language = lineEdit(this, u"languageEdit"_s, tr("Language code, e.g. en or de-CH"));
        m_paramName = lineEdit(this, u"paramNameEdit"_s, tr("Name, e.g. ref"));
        m_paramValue = lineEdit(this, u"paramValueEdit"_s, tr("Value, e.g. news"));
        m_anyParam = lineEdit(this, u"anyParamEdit"_s, tr("Parameter name"));
        m_valuelessParam = lineEdit(this, u"valuelessParamEdit"_s, tr("Parameter name"));
        m_ip = lineEdit(this, u"ipEdit"_s, tr("192.0.2.10, 192.168.0.0/16 or 10.0.*.*"));
        m_country = lineEdit(this, u"countryEdit"_s, tr("Country code, e.g. DE"));
        m_country->setMaxLength(2);
        m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,2}"_s), m_country));
        m_city = lineEdit(this, u"cityEdit"_s, tr("City, e.g. Berlin"));
        const QDateTime defaultTime = [] {
            const QDateTime now = Clock::nowUtc().toLocalTime();
            return QDateTime(now.date().addDays(7), QTime(0, 0));
        }();
        m_before = new QDateTimeEdit(defaultTime, this);
        m_before->setObjectName(u"beforeDateEdit"_s);
        m_after = new QDateTimeEdit(defaultTime, this);
        m_after->setObjectName(u"afterDateEdit"_s);
        for (QDateTimeEdit *edit : {m_before, m_after}) {
            edit->setCalendarPopup(true);
            edit->setToolTip(tr("In your computer's time zone"));
        }
        m_browser = valueCombo(this, u"browserCombo"_s, Rules::Text::browsers());
        // In the order of Rules::allConditionTypes().
        page({m_device});
        page({m_language});
        page({m_paramName, m_paramValue});
        page({m_anyParam});
        page({m_valuelessParam});
        page({m_ip});
        page({m_country});
        page({m_city});
        page({m_before});
        page({m_after});
        page({m_browser});
        auto *remove = new QToolButton(this);
        remove->setObjectName(u"removeConditionButton"_s);
        remove->setIcon(themedIcon(u"list-remove"_s, QStyle::SP_DialogDiscardButton));
        remove->setToolTip(tr("Remove this condition"));
        remove->setAccessibleName(tr("Remove condition"));
        layout->addWidget(m_type);
        layout->addWidget(m_pages, 1);
        layout->addWidget(remove);

        connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
            m_pages->setCurrentIndex(index);
            notify();
        });
        connect(remove, &QToolButton::clicked, this, [this, removeRequested] { removeRequested(this); });
        for (QComboBox *combo : {m_device, m_browser})
            connect(combo, &QComboBox::currentIndexChanged, this, &ConditionRow::notify);
        for (QLineEdit *edit :
             {m_language, m_paramName, m_paramValue, m_anyParam, m_valuelessParam, m_ip, m_country, m_city})
            connect(edit, &QLineEdit::textChanged, this, &ConditionRow::notify);
        for (QDateTimeEdit *edit : {m_before, m_after})
            connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ConditionRow::notify);
    }

    Condition condition() const
    {
        Condition c;
        c.type = ConditionType(m_type->currentData().toInt());
        switch (c.type) {
        case ConditionType::Device:
            c.matchValue = m_device->currentData().toString();
            break;
        case ConditionType::Language:
            c.matchValue = m_language->text().trimmed();
            break;
        case ConditionType::QueryParam:
            c.matchKey = m_paramName->text().trimmed();
            c.matchValue = m_paramValue->text();
            break;
        case ConditionType::AnyValueQueryParam:
            c.matchValue = m_anyParam->text().trimmed();
            break;
        case ConditionType::ValuelessQueryParam:
            c.matchValue = m_valuelessParam->text().trimmed();
            break;
        case ConditionType::IpAddress:
            c.matchValue = m_ip->text().trimmed();
            break;
        case ConditionType::CountryCode:
            c.matchValue = m_country->text().trimmed().toUpper();
            break;
        case ConditionType::CityName:
            c.matchValue = m_city->text().trimmed();
            break;
        case ConditionType::BeforeDate:
            c.matchValue = m_before->dateTime().toUTC().toString(Qt::ISODate);
            break;
        case ConditionType::AfterDate:
            c.matchValue = m_after->dateTime().toUTC().toString(Qt::ISODate);
            break;
        case ConditionType::Browser:
            c.matchValue = m_browser->currentData().toString();
            break;
        }
        return c;
    }

    void setCondition(const Condition &c)
    {
        m_filling = true;
        const int typeIndex = m_type->findData(int(c.type));
        m_type->setCurrentIndex(typeIndex);
        m_pages->setCurrentIndex(typeIndex);
        switch (c.type) {
        case ConditionType::Device:
            m_device->setCurrentIndex(qMax(0, m_device->findData(c.matchValue)));
            break;
        case ConditionType::Language:
            m_language->setText(c.matchValue);
            break;
        case ConditionType::QueryParam:
            m_paramName->setText(c.matchKey);
            m_paramValue->setText(c.matchValue);
            break;
        case ConditionType::AnyValueQueryParam:
            m_anyParam->setText(c.matchValue);
            break;
        case ConditionType::ValuelessQueryParam:
            m_valuelessParam->setText(c.matchValue);
            break;
        case ConditionType::IpAddress:
            m_ip->setText(c.matchValue);
            break;
        case ConditionType::CountryCode:
            m_country->setText(c.matchValue);
            break;
        case ConditionType::CityName:
            m_city->setText(c.matchValue);
            break;
        case ConditionType::BeforeDate:
        case ConditionType::AfterDate:
            if (const QDateTime t = instantFrom(c.matchValue); t.isValid())
                (c.type == ConditionType::BeforeDate ? m_before : m_after)->setDateTime(t);
            break;
        case ConditionType::Browser:
            m_browser->setCurrentIndex(qMax(0, m_browser->findData(c.matchValue)));
            break;
        }
        m_filling = false;
    }

private:
    void notify()
    {
        if (!m_filling)
            m_changed();
    }

    std::function<void()> m_changed;
    bool m_filling = false;
    QComboBox *m_type = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_device = nullptr;
    QLineEdit *m_language = nullptr;
    QLineEdit *m_paramName = nullptr;
    QLineEdit *m_paramValue = nullptr;
    QLineEdit *m_anyParam = nullptr;
    QLineEdit *m_valuelessParam = nullptr;
    QLineEdit *m_ip = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    QDateTimeEdit *m_before = nullptr;
    QDateTimeEdit *m_after = nullptr;
    QComboBox *m_browser = nullptr;
};

RedirectRulesDialog::RedirectRulesDialog(LinkProvider *provider, const Link &link, QWidget *parent)
    : QDialog(parent)
    , m_provider(provider)
    , m_link(link)
{
    setObjectName(u"redirectRulesDialog"_s);
    setWindowTitle(tr("Redirect Rules of %1").arg(link.shortUrl));
    buildUi();
    setBusy(true, tr("Loading the rules…"));
    whenFinished(this, m_provider->redirectRules(m_link), [this](const Result<QList<Rules::Rule>> &r) {
        setBusy(false);
        if (!r) {
            showError(r.error().message);
            m_add->setEnabled(false);   // saving would remove rules that could not be shown
            return;
        }
        m_loaded = true;
        setRules(*r);
    });
}

RedirectRulesDialog::RedirectRulesDialog(const QList<Rules::Rule> &rules, const Link &link, QWidget *parent)
    : QDialog(parent)
    , m_provider(nullptr)
    , m_link(link)
{
    setObjectName(u"redirectRulesDialog"_s);
    setWindowTitle(link.shortUrl.isEmpty() ? tr("Targeting Rules") : tr("Redirect Rules of %1").arg(link.shortUrl));
    buildUi();
    m_loaded = true;
    setRules(rules);
}

RedirectRulesDialog::~RedirectRulesDialog() = default;

void RedirectRulesDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    // A link with an A/B split sends the visitors no rule matched to one of the split's
    // destinations (the rules come first: linkdeck-server's resolver, Rules::visit), not to the
    // link's own destination, which is only the split's A.
    QString intro;
    if (LinkSplit::hasSplit(m_link))
        intro = m_link.shortUrl.isEmpty()
            ? tr("Send some visitors of the new link to addresses of their own. The rules are tried from the "
                 "top and come before the A/B split: the first rule whose conditions all match decides, and "
                 "only the visitors no rule matches are shared by the split (%1).")
                  .arg(splitShares())
            : tr("Send some visitors of %1 to addresses of their own. The rules are tried from the top and "
                 "come before the A/B split: the first rule whose conditions all match decides, and only the "
                 "visitors no rule matches are shared by the split (%2).")
                  .arg(m_link.shortUrl, splitShares());
    else
        intro = m_link.shortUrl.isEmpty()
            ? tr("Send some visitors of the new link somewhere else than %1. The rules are tried from the "
                 "top; the first whose conditions all match decides, and everyone else goes to the link's own "
                 "destination.")
                  .arg(m_link.destination)
            : tr("Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the "
                 "first whose conditions all match decides, and everyone else goes to the link's own "
                 "destination.")
                  .arg(m_link.shortUrl, m_link.destination);
    m_intro = new QLabel(intro, this);
    m_intro->setObjectName(u"rulesIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"ruleList"_s);
    m_list->setAccessibleName(tr("Rules"));
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(240);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(themedIcon(u"list-add"_s, QStyle::SP_FileIcon), tr("&Add Rule"), this);
    m_add->setObjectName(u"addRuleButton"_s);
    m_remove = new QPushButton(themedIcon(u"list-remove"_s, QStyle::SP_TrashIcon), tr("&Remove"), this);
    m_remove->setObjectName(u"removeRuleButton"_s);
    m_up = new QPushButton(themedIcon(u"go-up"_s, QStyle::SP_ArrowUp), QString(), this);
    m_up->setObjectName(u"moveUpButton"_s);
    m_up->setToolTip(tr("Move up: try this rule earlier"));
    m_up->setAccessibleName(tr("Move up"));
    m_down = new QPushButton(themedIcon(u"go-down"_s, QStyle::SP_ArrowDown), QString(), this);
    m_down->setObjectName(u"moveDownButton"_s);
    m_down->setToolTip(tr("Move down: try this rule later"));
    m_down->setAccessibleName(tr("Move down"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    left->addLayout(listButtons);
    columns->addLayout(left, 2);

    m_editor = new QGroupBox(tr("Selected rule"), this);
    m_editor->setObjectName(u"ruleEditor"_s);
    auto *editor = new QVBoxLayout(m_editor);
    auto *form = new QFormLayout;
    m_destination = new QLineEdit(m_editor);
    m_destination->setObjectName(u"ruleDestinationEdit"_s);
    m_destination->setPlaceholderText(tr("https://example.com/for-these-visitors"));
    form->addRow(tr("&Destination:"), m_destination);
    editor->addLayout(form);
    auto *conditionsLabel = new QLabel(tr("Visitors who meet all of these conditions:"), m_editor);
    editor->addWidget(conditionsLabel);
    auto *conditions = new QWidget(m_editor);
    m_conditionsLayout = new QVBoxLayout(conditions);
    m_conditionsLayout->setContentsMargins(0, 0, 0, 0);
    m_conditionsLayout->addStretch(1);   // rows stay at the top, one under the other
    auto *scroll = new QScrollArea(m_editor);
    scroll->setWidget(conditions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(150);
    editor->addWidget(scroll, 1);
    m_addCondition = new QPushButton(themedIcon(u"list-add"_s, QStyle::SP_FileIcon), tr("Add &Condition"), m_editor);
    m_addCondition->setObjectName(u"addConditionButton"_s);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addCondition);
    addRow->addStretch();
    editor->addLayout(addRow);
    columns->addWidget(m_editor, 3);
    layout->addLayout(columns, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"ruleSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setObjectName(u"rulesErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Rules"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RedirectRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RedirectRulesDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RedirectRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RedirectRulesDialog::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_addCondition, &QPushButton::clicked, this, &RedirectRulesDialog::addCondition);
    connect(m_list, &QListWidget::currentRowChanged, this, &RedirectRulesDialog::showRule);
    connect(m_destination, &QLineEdit::textChanged, this, [this] {
        readEditor();
        refresh();
    });
    resize(960, 540);
}

QString RedirectRulesDialog::splitShares() const
{
    QStringList shares;
    for (qsizetype i = 0; i < m_link.variants.size(); ++i)
        shares << tr("%1 %2").arg(LinkSplit::letter(int(i) + 1), Percent::text(m_link.variants.at(i).percent));
    return QLocale().createSeparatedList(shares);
}

void RedirectRulesDialog::setRules(const QList<Rules::Rule> &rules)
{
    m_rules = rules;
    m_savedRules = rules;
    m_filling = true;
    m_list->clear();
    for (int i = 0; i < m_rules.size(); ++i)
        m_list->addItem(QString());
    m_filling = false;
    m_list->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    showRule(m_list->currentRow());
}

void RedirectRulesDialog::showRule(int row)
{
    if (m_filling)
        return;
    m_filling = true;
    qDeleteAll(m_conditionRows);
    m_conditionRows.clear();
    const bool valid = row >= 0 && row < m_rules.size();
    m_destination->setText(valid ? m_rules.at(row).longUrl : QString());
    if (valid) {
        for (const Condition &c : m_rules.at(row).conditions)
            appendConditionRow(c);
    }
    m_editor->setEnabled(valid && !m_busy);
    m_editor->setTitle(valid ? tr("Rule %1").arg(row + 1) : tr("No rule selected"));
    m_filling = false;
    refresh();
}

ConditionRow *RedirectRulesDialog::appendConditionRow(const Condition &condition)
{
    auto *row = new ConditionRow(
        [this] {
            readEditor();
            refresh();
        },
        [this](ConditionRow *which) {
            m_conditionRows.removeOne(which);
            which->deleteLater();
            readEditor();
            refresh();
        },
        m_conditionsLayout->parentWidget());
    row->setCondition(condition);
    m_conditionsLayout->insertWidget(m_conditionsLayout->count() - 1, row);
    m_conditionRows << row;
    return row;
}

void RedirectRulesDialog::readEditor()
{
    const int row = m_list->currentRow();
    if (m_filling || row < 0 || row >= m_rules.size())
        return;
    Rules::Rule &rule = m_rules[row];
    rule.longUrl = m_destination->text().trimmed();
    rule.conditions.clear();
    for (const ConditionRow *c : std::as_const(m_conditionRows))
        rule.conditions << c->condition();
}

QString RedirectRulesDialog::listText(int row) const
{
    const Rules::Rule &rule = m_rules.at(row);
    QStringList parts;
    for (const Condition &c : rule.conditions)
        parts << Rules::Text::describe(c);
    const QString who = parts.isEmpty() ? tr("(no condition yet)") : parts.join(tr(", "));
    const QString where = rule.longUrl.isEmpty() ? tr("(no destination yet)") : rule.longUrl;
    return tr("%1. %2 → %3").arg(row + 1).arg(who, where);
}

void RedirectRulesDialog::refresh()
{
    for (int i = 0; i < m_rules.size() && i < m_list->count(); ++i)
        m_list->item(i)->setText(listText(i));
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_rules.size())
        m_summary->setText(Rules::Text::describe(m_rules.at(row)));
    else if (m_loaded)
        m_summary->setText(!m_rules.isEmpty() ? QString()
                               : LinkSplit::hasSplit(m_link)
                               ? tr("No rules: the A/B split shares every visitor (%1).").arg(splitShares())
                               : tr("No rules: every visitor goes to %1.").arg(m_link.destination));
    const QString problem = m_loaded ? Rules::Text::problem(m_rules) : QString();
    if (m_loaded)
        setErrorText(m_error, problem);
    m_remove->setEnabled(!m_busy && row >= 0);
    m_up->setEnabled(!m_busy && row > 0);
    m_down->setEnabled(!m_busy && row >= 0 && row < m_rules.size() - 1);
    m_add->setEnabled(!m_busy && m_loaded);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_busy && m_loaded && problem.isEmpty());
}

void RedirectRulesDialog::addRule()
{
    readEditor();
    Rules::Rule rule;
    rule.priority = int(m_rules.size()) + 1;
    rule.conditions << Condition{ConditionType::Device, {}, u"android"_s};
    m_rules << rule;
    m_filling = true;
    m_list->addItem(QString());
    m_filling = false;
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    m_destination->setFocus();
}

void RedirectRulesDialog::removeRule()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules.removeAt(row);
    m_filling = true;
    delete m_list->takeItem(row);
    m_filling = false;
    m_list->setCurrentRow(qMin(row, int(m_rules.size()) - 1));
    showRule(m_list->currentRow());
}

void RedirectRulesDialog::moveRule(int delta)
{
    readEditor();
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.swapItemsAt(row, to);
    m_list->setCurrentRow(to);   // showRule() fills the editor from the moved rule
}

void RedirectRulesDialog::addCondition()
{
    if (m_list->currentRow() < 0)
        return;
    // The first kind the rule does not ask about yet: two conditions of one kind rarely make sense.
    QList<ConditionType> used;
    for (const ConditionRow *r : std::as_const(m_conditionRows))
        used << r->condition().type;
    ConditionType type = ConditionType::Language;
    for (ConditionType candidate : Rules::allConditionTypes()) {
        if (!used.contains(candidate)) {
            type = candidate;
            break;
        }
    }
    ConditionRow *row = appendConditionRow(Condition{type, {}, {}});
    readEditor();
    refresh();
    row->setFocus();
    row->findChild<QComboBox *>(u"conditionTypeCombo"_s)->setFocus();
}

void RedirectRulesDialog::accept()
{
    readEditor();
    if (m_busy || !m_loaded)
        return;
    if (const QString problem = Rules::Text::problem(m_rules); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_provider) {   // only collecting: the caller saves them
        m_rules = Rules::normalized(m_rules);
        m_savedRules = m_rules;
        emit rulesSaved(m_rules);
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving…"));
    whenFinished(this, m_provider->setRedirectRules(m_link, m_rules), [this](const Result<QList<Rules::Rule>> &r) {
        setBusy(false);
        if (!r) {
            showError(r.error().message);
            return;
        }
        m_rules = *r;
        m_savedRules = m_rules;
        emit rulesSaved(*r);
        QDialog::accept();
    });
}

bool RedirectRulesDialog::hasUnsavedChanges() const
{
    return m_loaded && Rules::normalized(m_rules) != Rules::normalized(m_savedRules);
}

void RedirectRulesDialog::reject()
{
    readEditor();
    if (m_busy && m_loaded)
        return;   // saving: the server's answer closes the dialog or says why not
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    // As a person expects of an editor: a changed rule is not thrown away by a key press. Save
    // closes when saved; an invalid rule or an error keeps the dialog open, saying why.
    MessageBox::askBeforeDiscarding(
        this, {tr("Unsaved Rules"), tr("The redirect rules have changes that are not saved. Save them?"), {}, {}}, true,
        [this] { accept(); });
}

void RedirectRulesDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_editor->setEnabled(!busy && m_list->currentRow() >= 0);
    if (busy)
        m_summary->setText(status);
    refresh();
}

void RedirectRulesDialog::showError(const QString &message)
{
    setErrorText(m_error, message);
}

}   // namespace Linkdeck::Gui
