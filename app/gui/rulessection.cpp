#include "gui/rulessection.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/base/clock.h"
#include "core/base/future.h"
#include "core/links/linksplit.h"
#include "core/links/ruletext.h"
#include "core/links/visitorpreview.h"
#include "core/providers/linkprovider.h"
#include "gui/redirectrulesdialog.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

RulesSection::RulesSection(QWidget *parent)
    : QGroupBox(tr("Targeting rules"), parent)
{
    setObjectName(u"rulesGroup"_s);
    setToolTip(tr("Send some visitors elsewhere: phones to an app store, Germans to the German page, …"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QLabel(this);
    m_list->setObjectName(u"rulesSummary"_s);
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::PlainText);
    layout->addWidget(m_list);
    m_edit = new QPushButton(tr("Edit R&ules…"), this);
    m_edit->setObjectName(u"editRulesButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_try = new QWidget(this);
    auto *grid = new QGridLayout(m_try);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *tryLabel = new QLabel(tr("Try a visitor:"), m_try);
    m_device = new QComboBox(m_try);
    m_device->setObjectName(u"tryDevice"_s);
    m_device->setAccessibleName(tr("The visitor's device"));
    m_device->addItem(tr("any device"), QString());
    m_device->addItem(tr("iPhone"), u"ios"_s);
    m_device->addItem(tr("Android phone"), u"android"_s);
    m_device->addItem(tr("Windows PC"), u"windows"_s);
    m_device->addItem(tr("Mac"), u"macos"_s);
    m_device->addItem(tr("Linux PC"), u"linux"_s);
    m_language = new QComboBox(m_try);
    m_language->setObjectName(u"tryLanguage"_s);
    m_language->setAccessibleName(tr("The visitor's language"));
    m_language->addItem(tr("any language"), QString());
    // Each language by its own name, as the rules' sentences name it.
    for (const char *tag : {"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "pl-PL"}) {
        const QLocale locale(QString::fromLatin1(tag));
        m_language->addItem(locale.nativeLanguageName() + u" ("_s + QString::fromLatin1(tag) + u')',
                            QString::fromLatin1(tag));
    }
    m_country = new QComboBox(m_try);
    m_country->setObjectName(u"tryCountry"_s);
    m_country->setAccessibleName(tr("The visitor's country"));
    m_country->addItem(tr("any country"), QString());
    for (const auto &[code, territory] :
         {std::pair{"US", QLocale::UnitedStates}, std::pair{"GB", QLocale::UnitedKingdom},
          std::pair{"DE", QLocale::Germany}, std::pair{"AT", QLocale::Austria}, std::pair{"CH", QLocale::Switzerland},
          std::pair{"FR", QLocale::France}, std::pair{"ES", QLocale::Spain}, std::pair{"IT", QLocale::Italy},
          std::pair{"NL", QLocale::Netherlands}, std::pair{"PL", QLocale::Poland}, std::pair{"BR", QLocale::Brazil}}) {
        m_country->addItem(QLocale::territoryToString(territory) + u" ("_s + QString::fromLatin1(code) + u')',
                           QString::fromLatin1(code));
    }
    grid->addWidget(tryLabel, 0, 0);
    grid->addWidget(m_device, 0, 1);
    grid->addWidget(m_language, 0, 2);
    grid->addWidget(m_country, 0, 3);
    grid->setColumnStretch(4, 1);
    m_result = new QLabel(m_try);
    m_result->setObjectName(u"tryResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_result, 1, 0, 1, 5);
    tryLabel->setBuddy(m_device);
    layout->addWidget(m_try);

    connect(m_edit, &QPushButton::clicked, this, &RulesSection::editRules);
    for (QComboBox *box : {m_device, m_language, m_country})
        connect(box, &QComboBox::currentIndexChanged, this, &RulesSection::updatePreview);
    showRules();
}

RulesSection::~RulesSection() = default;

void RulesSection::setProvider(LinkProvider *provider)
{
    if (provider != m_provider) {
        m_rules.clear();
        m_changed = false;
        m_loadFailed = false;
    }
    m_provider = provider;
    showRules();
}

void RulesSection::load(const Link &link)
{
    m_draft = link;
    m_rules.clear();
    m_changed = false;
    m_loadFailed = false;
    if (!m_provider || !m_provider->can(LinkProvider::Capability::RedirectRules)) {
        showRules();
        return;
    }
    m_loading = true;
    const int generation = ++m_generation;
    showRules();
    whenFinished(this, m_provider->redirectRules(link), [this, generation](const Result<QList<Rules::Rule>> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (r) {
            m_rules = *r;
        } else {
            m_loadFailed = true;   // Edit Rules… would replace rules it could not show
            m_list->setText(tr("The rules could not be read: %1").arg(r.error().message));
        }
        showRules();
        emit changed();
    });
}

void RulesSection::setDraft(const Link &draft)
{
    const bool splitChanged = LinkSplit::hasSplit(draft) != LinkSplit::hasSplit(m_draft);
    m_draft = draft;
    if (splitChanged)
        showRules();   // the sentence for no rules names the split, or the destination
    updatePreview();
}

void RulesSection::editRules()
{
    auto *dialog = new RedirectRulesDialog(m_rules, m_draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RedirectRulesDialog::rulesSaved, this, [this](const QList<Rules::Rule> &rules) {
        m_rules = rules;
        m_changed = true;
        showRules();
        emit changed();
    });
    dialog->open();
}

void RulesSection::showRules()
{
    const bool can = m_provider && m_provider->can(LinkProvider::Capability::RedirectRules);
    m_edit->setVisible(can);
    m_edit->setEnabled(can && !m_loading && !m_loadFailed);
    m_try->setVisible(can && !m_rules.isEmpty());
    if (!can) {
        m_list->setText(m_provider ? Rules::RuleText::unsupported(providerName(m_provider->kind())) : QString());
        return;
    }
    if (m_loading) {
        m_list->setText(tr("Reading the rules…"));
        return;
    }
    if (m_loadFailed)
        return;   // the sentence says why
    if (m_rules.isEmpty()) {
        // With an A/B split, the split decides where a visitor goes when no rule does.
        m_list->setText(LinkSplit::hasSplit(m_draft) ? tr("No rules: the A/B split shares every visitor.")
                                                     : tr("No rules: every visitor goes to the destination."));
    } else {
        QStringList lines;
        for (qsizetype i = 0; i < m_rules.size(); ++i)
            lines << tr("%1. %2").arg(i + 1).arg(Rules::Text::describe(m_rules.at(i)));
        m_list->setText(lines.join(u'\n'));
    }
    updatePreview();
}

void RulesSection::updatePreview()
{
    if (m_rules.isEmpty()) {
        m_result->clear();
        return;
    }
    const Rules::Visitor visitor{m_device->currentData().toString(),
                                 m_language->currentData().toString(),
                                 m_country->currentData().toString(),
                                 {},
                                 {}};
    const Rules::Visit where = Rules::visit(m_rules, m_draft, visitor, Clock::nowUtc());
    m_result->setText(Rules::PreviewText::describe(where, m_draft));
}

}   // namespace Linkdeck::Gui
