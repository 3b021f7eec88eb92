#include "gui/linkdialog.h"

#include "gui/tones.h"

#include "core/base/datetext.h"
#include "core/base/future.h"
#include "gui/messagebox.h"
#include "gui/rulessection.h"
#include "gui/spliteditor.h"
#include "gui/windowfit.h"

#include "core/links/linklimits.h"
#include "core/links/linkpassword.h"
#include "core/links/linkpreview.h"
#include "core/links/linksplit.h"
#include "core/links/slug.h"
#include "core/links/urlvalidator.h"
#include "core/links/utm.h"
#include "core/providers/linkprovider.h"
#include "core/storage/settings.h"
#include "core/sync/backend.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel *statusLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The lines under the destination and the back-half keep their room while empty, so that the
// fields below do not move under the pointer while a check comes and goes as one types.
void reserveLine(QLabel *label)
{
    label->setProperty("reserveLine", true);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
}

void setStatus(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty() || label->property("reserveLine").toBool());
    setTone(label, tone);
}

// The next full hour from now, local time: where a start or an end field begins.
QDateTime nextFullHour()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

QDateTimeEdit *dateTimeEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    edit->setDisplayFormat(DateText::format());   // as the table and the detail pane write a moment
    edit->setDateTime(nextFullHour());
    return edit;
}

}   // namespace

LinkDialog::LinkDialog(Backend &backend, const Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_settings(settings)
{
    setObjectName(u"linkDialog"_s);
    setWindowTitle(tr("New Link"));
    buildUi();

    m_slugTimer = new QTimer(this);
    m_slugTimer->setSingleShot(true);
    m_slugTimer->setInterval(250);
    connect(m_slugTimer, &QTimer::timeout, this, &LinkDialog::checkSlug);

    for (QLineEdit *edit :
         {m_destination, m_title, m_tags, m_utmSource, m_utmMedium, m_utmCampaign, m_utmTerm, m_utmContent})
        connect(edit, &QLineEdit::textChanged, this, &LinkDialog::validate);
    connect(m_slug, &QLineEdit::textChanged, this, &LinkDialog::scheduleSlugCheck);
    connect(m_domain, &QComboBox::currentTextChanged, this, &LinkDialog::scheduleSlugCheck);
    connect(m_utmGroup, &QGroupBox::toggled, this, &LinkDialog::validate);
    for (QCheckBox *check : {m_startsCheck, m_endsCheck, m_maxClicksCheck})
        connect(check, &QCheckBox::toggled, this, &LinkDialog::limitToggled);
    for (QDateTimeEdit *edit : {m_starts, m_ends})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &LinkDialog::validate);
    connect(m_maxClicks, &QSpinBox::valueChanged, this, &LinkDialog::validate);
    connect(m_fallback, &QLineEdit::textChanged, this, &LinkDialog::validate);
    connect(m_previewGroup, &QGroupBox::toggled, this, [this](bool on) {
        m_previewFields->setVisible(on);
        if (on)
            m_previewTitle->setFocus();
        updatePreviewCard();
    });
    for (QLineEdit *edit : {m_previewTitle, m_previewDescription, m_previewImage})
        connect(edit, &QLineEdit::textChanged, this, &LinkDialog::updatePreviewCard);
    connect(m_domain, &QComboBox::currentTextChanged, this, &LinkDialog::updatePreviewCard);
    connect(m_split, &SplitEditor::changed, this, &LinkDialog::validate);
    connect(m_rules, &RulesSection::changed, this, &LinkDialog::validate);
    connect(m_passwordCheck, &QCheckBox::toggled, this, &LinkDialog::updatePasswordRow);
    connect(m_password, &QLineEdit::textChanged, this, &LinkDialog::validate);
    connect(m_lowercase, &QCheckBox::toggled, this, &LinkDialog::validate);
    connect(m_preset, &QComboBox::activated, this, &LinkDialog::applyPreset);
    connect(m_account, &QComboBox::currentIndexChanged, this, &LinkDialog::accountChanged);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);

    accountChanged();
    validate();
    m_openedState = formState();
    // People start with the address, also when an account box comes first in the form.
    m_destination->setFocus();
}

LinkDialog::~LinkDialog() = default;

void LinkDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_account = new QComboBox(this);
    m_account->setObjectName(u"accountCombo"_s);
    const auto accounts = m_backend.accounts().all();
    for (const Account &account : accounts) {
        LinkProvider *p = m_backend.provider(account.id);
        if (!p || !p->can(LinkProvider::Capability::CreateLinks))
            continue;
        m_account->addItem(account.displayName(), account.id);
    }
    m_accountLabel = new QLabel(tr("&Account:"), this);
    m_accountLabel->setBuddy(m_account);
    form->addRow(m_accountLabel, m_account);
    const bool severalAccounts = m_account->count() > 1;
    m_accountLabel->setVisible(severalAccounts);
    m_account->setVisible(severalAccounts);

    m_destination = lineEdit(this, u"destinationEdit"_s, tr("https://example.com/spring-sale"));
    m_destination->setMinimumWidth(420);
    m_destinationStatus = statusLabel(this, u"destinationStatus"_s);
    reserveLine(m_destinationStatus);
    auto *destinationBox = new QVBoxLayout;
    destinationBox->setSpacing(2);
    destinationBox->addWidget(m_destination);
    destinationBox->addWidget(m_destinationStatus);
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationBox);

    m_domain = new QComboBox(this);
    m_domain->setObjectName(u"domainCombo"_s);
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToContents);   // go.brand.com whole, not go.brand
    m_slug = lineEdit(this, u"slugEdit"_s, tr("random"));
    m_slug->setAccessibleName(tr("Back-half"));
    m_slug->setMaxLength(Slug::MaxLength);
    m_slugStatus = statusLabel(this, u"slugStatus"_s);
    reserveLine(m_slugStatus);
    auto *shortRow = new QHBoxLayout;
    shortRow->addWidget(m_domain);
    shortRow->addWidget(new QLabel(u"/"_s, this));
    shortRow->addWidget(m_slug, 1);
    auto *shortBox = new QVBoxLayout;
    shortBox->setSpacing(2);
    shortBox->addLayout(shortRow);
    shortBox->addWidget(m_slugStatus);
    auto *shortLabel = new QLabel(tr("Short &link:"), this);
    shortLabel->setBuddy(m_slug);
    form->addRow(shortLabel, shortBox);

    m_title = lineEdit(this, u"titleEdit"_s, tr("Shown in your link list only"));
    form->addRow(tr("&Title:"), m_title);
    m_tags = lineEdit(this, u"tagsEdit"_s, tr("Separate tags with commas, e.g. print, spring"));
    form->addRow(tr("Ta&gs:"), m_tags);
    layout->addLayout(form);

    m_utmGroup = new QGroupBox(tr("Campaign trac&king (UTM)"), this);
    m_utmGroup->setObjectName(u"utmGroup"_s);
    m_utmGroup->setCheckable(true);
    m_utmGroup->setChecked(false);
    auto *utmForm = new QFormLayout(m_utmGroup);
    m_preset = new QComboBox(m_utmGroup);
    m_preset->setObjectName(u"utmPresetCombo"_s);
    m_preset->addItem(tr("Choose a preset…"), QString());
    const auto presets = UtmPresets::all();
    for (const UtmPreset &preset : presets)
        m_preset->addItem(preset.name, preset.id);
    utmForm->addRow(tr("P&reset:"), m_preset);
    m_utmSource = lineEdit(m_utmGroup, u"utmSourceEdit"_s, tr("where the visitor comes from, e.g. newsletter"));
    utmForm->addRow(tr("S&ource:"), m_utmSource);
    m_utmMedium = lineEdit(m_utmGroup, u"utmMediumEdit"_s, tr("the kind of channel, e.g. email"));
    utmForm->addRow(tr("Med&ium:"), m_utmMedium);
    m_utmCampaign = lineEdit(m_utmGroup, u"utmCampaignEdit"_s, tr("e.g. spring-sale"));
    QStringList campaigns;
    const auto known = m_backend.links().campaigns();
    for (const NameCount &c : known)
        campaigns << c.name;
    auto *completer = new QCompleter(campaigns, m_utmCampaign);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_utmCampaign->setCompleter(completer);
    utmForm->addRow(tr("&Campaign:"), m_utmCampaign);
    m_utmTerm = lineEdit(m_utmGroup, u"utmTermEdit"_s, tr("optional: paid search keyword"));
    // With every section open New Link has more controls than its labels have letters: some
    // fields inside a section have no Alt+letter (Tab reaches them) so that none is shared, in
    // any language (tst_translations acceleratorsAreUnique).
    utmForm->addRow(tr("Term:"), m_utmTerm);
    m_utmContent = lineEdit(m_utmGroup, u"utmContentEdit"_s, tr("optional: which ad or button"));
    utmForm->addRow(tr("Co&ntent:"), m_utmContent);
    m_lowercase = new QCheckBox(tr("Use lower case (analytics tools count “Email” and “email” apart)"), m_utmGroup);
    m_lowercase->setObjectName(u"utmLowercaseCheck"_s);
    m_lowercase->setChecked(m_settings.lowercaseUtm());
    utmForm->addRow(m_lowercase);
    // The optional sections scroll when they are taller than the screen leaves room for.
    m_sections = new QWidget(this);
    m_sections->setObjectName(u"linkSections"_s);
    auto *sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->addWidget(m_utmGroup);
    buildLimits(sections);
    m_rules = new RulesSection(this);
    sections->addWidget(m_rules);
    m_split = new SplitEditor(this);
    sections->addWidget(m_split);
    buildPreview(sections);
    sections->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"linkSectionsScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_sections);
    m_sections->installEventFilter(this);
    layout->addWidget(m_scroll, 1);

    auto *finalForm = new QFormLayout;
    // The whole address, wrapped anywhere over as many lines as it needs (a long UTM query was
    // cut off in a one-line field), selectable and copied as it is.
    m_finalUrl = new QPlainTextEdit(this);
    m_finalUrl->setObjectName(u"finalUrlPreview"_s);
    m_finalUrl->setReadOnly(true);
    m_finalUrl->setFrameShape(QFrame::NoFrame);
    m_finalUrl->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_finalUrl->setWordWrapMode(QTextOption::WrapAnywhere);
    m_finalUrl->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_finalUrl->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_finalUrl->setTabChangesFocus(true);
    m_finalUrl->viewport()->setAutoFillBackground(false);
    m_finalUrl->setAccessibleName(tr("Final address"));
    m_finalUrl->document()->setDocumentMargin(1);
    connect(m_finalUrl->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this](const QSizeF &size) {
                // Lines of a QPlainTextEdit's layout: the height is in lines.
                const int lines = std::clamp(int(size.height()), 1, 4);
                m_finalUrl->setFixedHeight(lines * m_finalUrl->fontMetrics().lineSpacing() + 4);
            });
    finalForm->addRow(tr("Opens:"), m_finalUrl);
    layout->addLayout(finalForm);

    m_error = statusLabel(this, u"errorLabel"_s);
    setStatus(m_error, {}, Tone::Bad);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    layout->addWidget(m_buttons);

    if (const QString preset = m_settings.defaultUtmPreset(); !preset.isEmpty()) {
        const int index = m_preset->findData(preset);
        if (index > 0) {
            m_utmGroup->setChecked(true);
            m_preset->setCurrentIndex(index);
            applyPreset(index);
        }
    }
}

// Limits: each one optional, a checkbox that enables its field; the fallback address applies
// once any of them ends the link. Times are the user's local time; stored in UTC.
void LinkDialog::buildLimits(QVBoxLayout *layout)
{
    m_limitsGroup = new QGroupBox(tr("Limits"), this);
    m_limitsGroup->setObjectName(u"limitsGroup"_s);
    auto *grid = new QGridLayout(m_limitsGroup);
    grid->setColumnStretch(1, 1);

    m_startsCheck = new QCheckBox(tr("&Starts:"), m_limitsGroup);
    m_startsCheck->setObjectName(u"startsCheck"_s);
    m_startsCheck->setToolTip(tr("Before this time the link is not active yet."));
    m_starts = dateTimeEdit(m_limitsGroup, u"startsEdit"_s, tr("Start date and time"));
    grid->addWidget(m_startsCheck, 0, 0);
    grid->addWidget(m_starts, 0, 1, 1, 2);

    m_endsCheck = new QCheckBox(tr("&Ends:"), m_limitsGroup);
    m_endsCheck->setObjectName(u"endsCheck"_s);
    m_endsCheck->setToolTip(tr("From this time on the link has ended."));
    m_ends = dateTimeEdit(m_limitsGroup, u"endsEdit"_s, tr("End date and time"));
    m_ends->setDateTime(nextFullHour().addDays(30));
    grid->addWidget(m_endsCheck, 1, 0);
    grid->addWidget(m_ends, 1, 1, 1, 2);

    m_maxClicksCheck = new QCheckBox(tr("At &most:"), m_limitsGroup);
    m_maxClicksCheck->setObjectName(u"maxClicksCheck"_s);
    m_maxClicksCheck->setToolTip(tr("After this many clicks the link has ended."));
    m_maxClicks = new QSpinBox(m_limitsGroup);
    m_maxClicks->setObjectName(u"maxClicksSpin"_s);
    m_maxClicks->setAccessibleName(tr("Most clicks"));
    m_maxClicks->setRange(1, 1'000'000'000);
    m_maxClicks->setValue(100);
    m_maxClicks->setGroupSeparatorShown(true);
    m_maxClicksUnit = new QLabel(tr("clicks"), m_limitsGroup);
    auto *clicksRow = new QHBoxLayout;
    clicksRow->addWidget(m_maxClicks);
    clicksRow->addWidget(m_maxClicksUnit);
    clicksRow->addStretch(1);
    grid->addWidget(m_maxClicksCheck, 2, 0);
    grid->addLayout(clicksRow, 2, 1, 1, 2);

    m_fallback = lineEdit(m_limitsGroup, u"fallbackEdit"_s, tr("empty: a page says the link has ended"));
    m_fallback->setAccessibleName(tr("Address after the end"));
    m_fallbackLabel = new QLabel(tr("T&hen go to:"), m_limitsGroup);
    m_fallbackLabel->setBuddy(m_fallback);
    grid->addWidget(m_fallbackLabel, 3, 0);
    grid->addWidget(m_fallback, 3, 1, 1, 2);

    // Visitors type a password before they are redirected (this computer's links only). The
    // dialog never sees the stored password: editing a protected link leaves the field empty.
    m_passwordCheck = new QCheckBox(tr("&Password:"), m_limitsGroup);
    m_passwordCheck->setObjectName(u"passwordCheck"_s);
    m_passwordCheck->setToolTip(tr("Visitors must type this password before they are sent on."));
    m_password = lineEdit(m_limitsGroup, u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setClearButtonEnabled(false);
    m_password->setAccessibleName(tr("Password for visitors"));
    grid->addWidget(m_passwordCheck, 4, 0);
    grid->addWidget(m_password, 4, 1, 1, 2);

    m_limitsStatus = statusLabel(m_limitsGroup, u"limitsStatus"_s);
    grid->addWidget(m_limitsStatus, 5, 0, 1, 3);
    m_limitsZone = statusLabel(m_limitsGroup, u"limitsZone"_s);
    grid->addWidget(m_limitsZone, 6, 0, 1, 3);
    layout->addWidget(m_limitsGroup);
    updateLimitFields();
}

// Social preview (issue 15): what LinkedIn, Facebook, X, Slack or WhatsApp show when the short
// URL is pasted, with a card drawn from the fields as they type (the image is named, not loaded:
// the dialog makes no request to the image's server).
void LinkDialog::buildPreview(QVBoxLayout *layout)
{
    m_previewGroup = new SectionBox(tr("Social pre&view"), this);
    m_previewGroup->setObjectName(u"previewGroup"_s);
    m_previewGroup->setToolTip(tr("What link previews show when the short link is pasted into LinkedIn, Facebook, "
                                  "X, Slack or a chat. People who click it are sent on as always."));
    auto *outer = new QVBoxLayout(m_previewGroup);
    m_previewFields = new QWidget(m_previewGroup);
    auto *form = new QFormLayout(m_previewFields);
    form->setContentsMargins(0, 0, 0, 0);
    m_previewTitle = lineEdit(m_previewFields, u"previewTitleEdit"_s, tr("e.g. Spring sale: half price"));
    m_previewTitle->setMaxLength(LinkPreview::MaxTitle);
    m_previewDescription = lineEdit(m_previewFields, u"previewDescriptionEdit"_s, tr("one or two sentences"));
    m_previewDescription->setMaxLength(LinkPreview::MaxDescription);
    m_previewImage = lineEdit(m_previewFields, u"previewImageEdit"_s, tr("https://… (1200 × 630 pixels suit most)"));
    // No Alt+letter for these: ticking the section puts the cursor in Title, Tab goes on.
    form->addRow(tr("Title:"), m_previewTitle);
    form->addRow(tr("Description:"), m_previewDescription);
    form->addRow(tr("Image address:"), m_previewImage);

    m_previewCard = new QFrame(m_previewFields);
    m_previewCard->setObjectName(u"previewCard"_s);
    m_previewCard->setFrameShape(QFrame::StyledPanel);
    m_previewCard->setAccessibleName(tr("Preview card"));
    auto *card = new QVBoxLayout(m_previewCard);
    m_cardImage = statusLabel(m_previewCard, u"previewCardImage"_s);
    m_cardSite = statusLabel(m_previewCard, u"previewCardSite"_s);
    m_cardTitle = statusLabel(m_previewCard, u"previewCardTitle"_s);
    QFont bold = m_cardTitle->font();
    bold.setBold(true);
    m_cardTitle->setFont(bold);
    m_cardDescription = statusLabel(m_previewCard, u"previewCardDescription"_s);
    for (QLabel *label : {m_cardImage, m_cardSite, m_cardTitle, m_cardDescription})
        card->addWidget(label);
    form->addRow(m_previewCard);
    m_previewStatus = statusLabel(m_previewFields, u"previewStatus"_s);
    form->addRow(m_previewStatus);
    outer->addWidget(m_previewFields);
    m_previewFields->setVisible(false);
    layout->addWidget(m_previewGroup);
}

void LinkDialog::updatePreviewCard()
{
    const QString title = m_previewTitle->text().simplified();
    const QString image = m_previewImage->text().trimmed();
    const UrlCheck imageCheck = UrlValidator::check(image);
    m_cardImage->setText(image.isEmpty()     ? tr("No image: a small card")
                             : imageCheck.ok ? tr("Image from %1").arg(QUrl(imageCheck.url).host())
                                             : QString());
    m_cardSite->setText(m_domain->currentText().section(u':', 0, 0).toUpper());
    m_cardTitle->setText(title.isEmpty() ? tr("(no title yet)") : title);
    m_cardDescription->setText(m_previewDescription->text().simplified());
    m_cardDescription->setVisible(!m_cardDescription->text().isEmpty());
    validate();
}

void LinkDialog::updateLimitFields()
{
    m_starts->setEnabled(m_startsCheck->isChecked() && m_startsCheck->isEnabled());
    m_ends->setEnabled(m_endsCheck->isChecked() && m_endsCheck->isEnabled());
    m_maxClicks->setEnabled(m_maxClicksCheck->isChecked() && m_maxClicksCheck->isEnabled());
    m_maxClicksUnit->setEnabled(m_maxClicks->isEnabled());
}

void LinkDialog::limitToggled()
{
    // A field opened for the first time begins where it makes sense: an end after the start.
    if (sender() == m_endsCheck && m_endsCheck->isChecked() && m_startsCheck->isChecked()
        && m_ends->dateTime() <= m_starts->dateTime())
        m_ends->setDateTime(m_starts->dateTime().addDays(30));
    updateLimitFields();
    if (sender() == m_startsCheck && m_startsCheck->isChecked())
        m_starts->setFocus();
    else if (sender() == m_endsCheck && m_endsCheck->isChecked())
        m_ends->setFocus();
    else if (sender() == m_maxClicksCheck && m_maxClicksCheck->isChecked())
        m_maxClicks->setFocus();
    validate();
}

// What the account's service can keep: the rows it cannot are disabled and say why; a service
// with no limits at all shows no Limits section.
void LinkDialog::updateLimitsForProvider()
{
    LinkProvider *p = provider();
    const bool expiry = p && p->can(LinkProvider::Capability::Expiry);
    const bool maxClicks = p && p->can(LinkProvider::Capability::MaxClicks);
    const bool fallback = p && p->can(LinkProvider::Capability::Fallback);
    const bool password = p && p->can(LinkProvider::Capability::Password);
    m_limitsGroup->setVisible(expiry || maxClicks || fallback || password);
    // Only shown where it can be kept: a service without passwords has no such row.
    m_passwordCheck->setVisible(password);
    m_password->setVisible(password);
    if (!password)
        m_passwordCheck->setChecked(false);
    const bool preview = p && p->can(LinkProvider::Capability::Preview);
    m_previewGroup->setVisible(preview);
    if (!preview)
        m_previewGroup->setChecked(false);
    m_rules->setProvider(p);
    const bool split = p && p->can(LinkProvider::Capability::Split);
    m_split->setVisible(split);
    if (!split)
        m_split->setChecked(false);
    updatePasswordRow();
    const QString service = p ? providerName(p->kind()) : QString();
    for (QCheckBox *check : {m_startsCheck, m_endsCheck}) {
        check->setEnabled(expiry);
        if (!expiry)
            check->setChecked(false);
    }
    m_maxClicksCheck->setEnabled(maxClicks);
    if (!maxClicks)
        m_maxClicksCheck->setChecked(false);
    m_fallback->setEnabled(fallback);
    m_fallbackLabel->setEnabled(fallback);
    const QString noFallback = fallback ? QString()
                                        : tr("%1 cannot send visitors to another address after the end; only links "
                                             "on this computer can. Visitors see the service's own page.")
                                              .arg(service);
    m_fallback->setToolTip(noFallback);
    m_fallbackLabel->setToolTip(noFallback);
    if (!fallback) {
        m_fallback->clear();
        m_fallback->setPlaceholderText(tr("not possible with %1").arg(service));
    } else {
        m_fallback->setPlaceholderText(tr("empty: a page says the link has ended"));
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    setStatus(
        m_limitsZone,
        tr("Times are in your time zone, %1.").arg(zone.displayName(QDateTime::currentDateTime(), QTimeZone::LongName)),
        Tone::Quiet);
    limitToggled();
}

void LinkDialog::showLimits(const Link &link)
{
    m_startsCheck->setChecked(link.validSince.has_value());
    if (link.validSince)
        m_starts->setDateTime(link.validSince->toLocalTime());
    m_endsCheck->setChecked(link.expiresAt.has_value());
    if (link.expiresAt)
        m_ends->setDateTime(link.expiresAt->toLocalTime());
    m_maxClicksCheck->setChecked(link.maxClicks.has_value());
    if (link.maxClicks)
        m_maxClicks->setValue(int(std::clamp<qint64>(*link.maxClicks, 1, m_maxClicks->maximum())));
    m_fallback->setText(link.fallbackUrl);
    m_passwordCheck->setChecked(link.passwordProtected);
    m_previewTitle->setText(link.previewTitle);
    m_previewDescription->setText(link.previewDescription);
    m_previewImage->setText(link.previewImage);
    m_previewGroup->setChecked(LinkPreview::hasPreview(link));
    m_split->setVariants(link.variants);
    m_rules->load(link);
    m_password->clear();
    updatePasswordRow();
    limitToggled();
}

void LinkDialog::updatePasswordRow()
{
    const bool on = m_passwordCheck->isChecked() && m_passwordCheck->isVisibleTo(this);
    m_password->setEnabled(on);
    const bool protectedNow = m_original && m_original->passwordProtected;
    if (!on)
        m_password->clear();
    m_password->setPlaceholderText(on && protectedNow ? tr("Protected (type a new password to change it)")
                                       : on           ? tr("the password visitors type")
                                                      : QString());
    if (on && sender() == m_passwordCheck)
        m_password->setFocus();
    validate();
}

std::optional<QString> LinkDialog::passwordChange() const
{
    const LinkProvider *p = provider();
    if (!p || !p->can(LinkProvider::Capability::Password))
        return std::nullopt;
    const bool protectedNow = m_original && m_original->passwordProtected;
    if (!m_passwordCheck->isChecked())
        return protectedNow ? std::optional<QString>(QString()) : std::nullopt;
    if (m_password->text().isEmpty())
        return std::nullopt;   // protected now: kept; otherwise passwordProblem() stops OK
    return m_password->text();
}

// Core's sentence for a password that cannot be used; a ticked Password with nothing typed on
// a link that has none yet is one (an empty password protects nothing).
QString LinkDialog::passwordProblem() const
{
    if (!m_passwordCheck->isChecked() || !m_passwordCheck->isVisibleTo(this))
        return {};
    if (m_password->text().isEmpty()) {
        if (m_original && m_original->passwordProtected)
            return {};
        return tr("Type the password visitors will need, or untick Password.");
    }
    return LinkPassword::problem(m_password->text());
}

LinkProvider *LinkDialog::provider() const
{
    const qint64 accountId = m_original ? m_original->accountId : m_account->currentData().toLongLong();
    return m_backend.provider(accountId);
}

void LinkDialog::setAccount(qint64 accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

void LinkDialog::accountChanged()
{
    LinkProvider *p = provider();
    m_domain->clear();
    if (!p)
        return;
    const bool customSlug = p->can(LinkProvider::Capability::CustomSlug);
    m_slug->setEnabled(customSlug);
    m_slug->setPlaceholderText(customSlug ? tr("random") : tr("chosen by the service"));
    m_title->setEnabled(p->can(LinkProvider::Capability::Title));
    m_tags->setEnabled(p->can(LinkProvider::Capability::Tags));
    updateLimitsForProvider();
    whenFinished(this, p->domains(), [this, p](const Result<QStringList> &domains) {
        if (p != provider())
            return;
        const QString keep = m_original ? m_original->domain : QString();
        m_domain->clear();
        if (domains)
            m_domain->addItems(*domains);
        if (!keep.isEmpty()) {
            if (m_domain->findText(keep) < 0)
                m_domain->addItem(keep);
            m_domain->setCurrentText(keep);
        } else if (const auto account = m_backend.accounts().find(m_account->currentData().toLongLong());
                   account && !account->defaultDomain.isEmpty()) {
            if (m_domain->findText(account->defaultDomain) < 0)
                m_domain->insertItem(0, account->defaultDomain);
            m_domain->setCurrentText(account->defaultDomain);
        }
        m_filledDomain = m_domain->currentText();
        m_domain->setEnabled(m_domain->count() > 1);
    });
}

void LinkDialog::editLink(const Link &link)
{
    m_original = link;
    setWindowTitle(tr("Edit Link"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    const int index = m_account->findData(link.accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
    m_account->setEnabled(false);
    accountChanged();

    const Utm utm = Utm::fromUrl(link.destination);
    m_destination->setText(Utm::stripped(link.destination));
    m_slug->setText(link.slug);
    m_title->setText(link.title);
    m_tags->setText(link.tags.join(u", "_s));
    m_utmGroup->setChecked(!utm.isEmpty());
    m_utmSource->setText(utm.source);
    m_utmMedium->setText(utm.medium);
    m_utmCampaign->setText(utm.campaign);
    m_utmTerm->setText(utm.term);
    m_utmContent->setText(utm.content);
    // Keep the user's existing capitalisation unless they ask for lower case.
    m_lowercase->setChecked(utm.lowercased() == utm && m_settings.lowercaseUtm());
    showLimits(link);

    if (LinkProvider *p = provider()) {
        const bool editSlug = p->can(LinkProvider::Capability::EditSlug);
        m_slug->setEnabled(editSlug);
        m_domain->setEnabled(editSlug && m_domain->count() > 1);
        if (!editSlug)
            m_slug->setToolTip(tr("This service does not allow changing the back-half of an existing link."));
        m_destination->setEnabled(p->can(LinkProvider::Capability::UpdateDestination));
    }
    validate();
    m_openedState = formState();
}

QString LinkDialog::finalDestination() const
{
    const UrlCheck check = UrlValidator::check(m_destination->text());
    if (!check.ok)
        return {};
    if (!m_utmGroup->isChecked())
        return check.url;
    const Utm utm{m_utmSource->text(), m_utmMedium->text(), m_utmCampaign->text(), m_utmTerm->text(),
                  m_utmContent->text()};
    return utm.applyTo(check.url, m_lowercase->isChecked());
}

Link LinkDialog::draft() const
{
    Link link = m_original.value_or(Link{});
    link.accountId = m_original ? m_original->accountId : m_account->currentData().toLongLong();
    link.destination = finalDestination();
    link.domain = m_domain->currentText();
    link.slug = m_slug->text().trimmed();
    link.title = m_title->text().trimmed();
    link.tags.clear();
    const QStringList tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty())
            link.tags << tag.trimmed();
    }
    // What the service cannot keep stays as it was (nothing, for a new link).
    const LinkProvider *p = provider();
    if (p && p->can(LinkProvider::Capability::Expiry)) {
        link.validSince = m_startsCheck->isChecked() ? std::optional(m_starts->dateTime().toUTC()) : std::nullopt;
        link.expiresAt = m_endsCheck->isChecked() ? std::optional(m_ends->dateTime().toUTC()) : std::nullopt;
    }
    if (p && p->can(LinkProvider::Capability::MaxClicks))
        link.maxClicks = m_maxClicksCheck->isChecked() ? std::optional<qint64>(m_maxClicks->value()) : std::nullopt;
    if (p && p->can(LinkProvider::Capability::Fallback))
        link.fallbackUrl = m_fallback->text().trimmed();
    if (p && p->can(LinkProvider::Capability::Preview)) {
        // Unticked: no preview, whatever the fields still hold.
        const bool on = m_previewGroup->isChecked();
        link.previewTitle = on ? m_previewTitle->text() : QString();
        link.previewDescription = on ? m_previewDescription->text() : QString();
        link.previewImage = on ? m_previewImage->text() : QString();
    }
    if (p && p->can(LinkProvider::Capability::Split))
        link.variants = m_split->variants();   // unticked: none
    return link;
}

bool LinkDialog::isInputValid() const
{
    if (!UrlValidator::check(m_destination->text()).ok)
        return false;
    const QString slug = m_slug->text().trimmed();
    if (!slug.isEmpty() && !Slug::problem(slug).isEmpty())
        return false;
    if (m_original && slug.isEmpty())
        return false;
    if (!LinkLimits::problem(draft()).isEmpty() || !passwordProblem().isEmpty()
        || !LinkPreview::problem(draft()).isEmpty() || !LinkSplit::problem(draft()).isEmpty())
        return false;
    return !m_slugTaken && provider() != nullptr;
}

void LinkDialog::validate()
{
    const QString typed = m_destination->text();
    const UrlCheck check = UrlValidator::check(typed);
    if (typed.trimmed().isEmpty())
        setStatus(m_destinationStatus, {}, Tone::Quiet);
    else if (!check.ok)
        setStatus(m_destinationStatus, check.reason, Tone::Bad);
    else if (check.url != typed.trimmed())
        // Readable (a Unicode host, decoded letters), but a space shows as the %20 it becomes.
        setStatus(m_destinationStatus,
                  tr("Will be saved as %1").arg(UrlValidator::display(check.url).replace(u' ', u"%20"_s)), Tone::Quiet);
    else
        setStatus(m_destinationStatus, {}, Tone::Quiet);

    const QString slug = m_slug->text().trimmed();
    if (!slug.isEmpty()) {
        const QString problem = Slug::problem(slug);
        if (!problem.isEmpty())
            setStatus(m_slugStatus, problem, Tone::Bad);
    } else if (m_original) {
        setStatus(m_slugStatus, tr("An existing link needs a back-half."), Tone::Bad);
    } else {
        setStatus(m_slugStatus, {}, Tone::Quiet);
    }

    const QString limitsProblem = LinkLimits::problem(draft());
    setStatus(m_limitsStatus, limitsProblem.isEmpty() ? passwordProblem() : limitsProblem, Tone::Bad);
    setStatus(m_previewStatus, LinkPreview::problem(draft()), Tone::Bad);
    m_split->setDestination(UrlValidator::display(finalDestination()));
    m_split->setProblem(LinkSplit::problem(draft()));
    m_rules->setDraft(draft());

    m_finalUrl->setPlainText(UrlValidator::display(finalDestination()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && isInputValid());
}

void LinkDialog::scheduleSlugCheck()
{
    m_slugTaken = false;
    ++m_slugCheckGeneration;
    const QString slug = m_slug->text().trimmed();
    validate();
    if (slug.isEmpty() || !Slug::problem(slug).isEmpty())
        return;
    if (isOwnSlug(slug, m_domain->currentText())) {
        m_slugTimer->stop();   // a check started by earlier keystrokes would find the link itself
        setStatus(m_slugStatus, {}, Tone::Quiet);
        return;
    }
    setStatus(m_slugStatus, tr("Checking…"), Tone::Quiet);
    m_slugTimer->start();
}

bool LinkDialog::isOwnSlug(const QString &slug, const QString &domain) const
{
    // The edited link's own back-half is never "taken". The domain box is empty until the
    // account's domains have come, and then shows the link's own domain.
    return m_original && slug.compare(m_original->slug, Qt::CaseInsensitive) == 0
        && (domain.isEmpty() || domain == m_original->domain);
}

void LinkDialog::checkSlug()
{
    LinkProvider *p = provider();
    const QString slug = m_slug->text().trimmed();
    const QString domain = m_domain->currentText();
    if (!p || slug.isEmpty() || isOwnSlug(slug, domain))
        return;
    const int generation = m_slugCheckGeneration;
    whenFinished(
        this, p->isSlugAvailable(domain, slug), [this, generation, slug, domain](const Result<bool> &available) {
            if (generation != m_slugCheckGeneration)
                return;   // the user typed on; a newer check is coming
            if (!available && available.error().kind == Error::Kind::Unsupported) {
                setStatus(m_slugStatus, available.error().message, Tone::Quiet);
            } else if (!available) {
                setStatus(m_slugStatus,
                          tr("Could not check whether “%1” is free: %2").arg(slug, available.error().message),
                          Tone::Quiet);
            } else if (*available) {
                setStatus(m_slugStatus, tr("“%1” is available.").arg(slug), Tone::Good);
            } else {
                m_slugTaken = true;
                setStatus(m_slugStatus, tr("“%1” is already used on %2. Choose another back-half.").arg(slug, domain),
                          Tone::Bad);
            }
            validate();
        });
}

void LinkDialog::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    const auto presets = UtmPresets::all();
    for (const UtmPreset &preset : presets) {
        if (preset.id != id)
            continue;
        // A preset fills what it knows and leaves the campaign the user typed alone. What the
        // previous preset filled and this one does not know is cleared ("Social media" after
        // "Newsletter" leaves no "newsletter" source); what the user typed stays. The focus
        // stays on the presets, so that arrowing through them does not jump away.
        const auto fill = [](QLineEdit *edit, const QString &value, QString &filled) {
            if (!value.isEmpty() || edit->text() == filled)
                edit->setText(value);
            filled = value;
        };
        fill(m_utmSource, preset.utm.source, m_presetSource);
        fill(m_utmMedium, preset.utm.medium, m_presetMedium);
    }
    validate();
}

void LinkDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_destination, m_slug, m_title, m_tags, m_utmGroup, m_domain,
                                                       m_limitsGroup, m_previewGroup, m_split, m_rules})
        w->setProperty("busyLocked", busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    validate();
}

void LinkDialog::showError(const QString &message)
{
    setStatus(m_error, message, Tone::Bad);
}

void LinkDialog::accept()
{
    if (m_busy || !isInputValid())
        return;
    LinkProvider *p = provider();
    if (!p)
        return;
    showError({});
    setBusy(true);
    const Link link = draft();
    const std::optional<QString> password = passwordChange();
    // A new protected link is created with its password at once (never served without it); an
    // edit saves the fields, then sets or removes the password. Core hashes it.
    auto future = m_original               ? p->update(link)
        : password && !password->isEmpty() ? p->createProtected(link, *password)
                                           : p->create(link);
    const bool thenPassword = m_original && password.has_value();
    whenFinished(this, future, [this, p, password, thenPassword](const Result<Link> &saved) {
        if (saved && thenPassword) {
            whenFinished(this, p->setPassword(*saved, *password), [this](const Result<Link> &protectedLink) {
                if (!protectedLink) {
                    setBusy(false);
                    // The other changes are saved: editing again shows them, and this sentence
                    // says only the password is left to do.
                    showError(tr("The link was saved, but not its password: %1").arg(protectedLink.error().message));
                    return;
                }
                saveRulesThenClose(*protectedLink);
            });
            return;
        }
        if (saved) {
            saveRulesThenClose(*saved);
            return;
        }
        setBusy(false);
        showError(saved.error().message);
        if (saved.error().kind == Error::Kind::SlugTaken) {
            m_slugTaken = true;
            setStatus(m_slugStatus, saved.error().message, Tone::Bad);
            m_slug->setFocus();
            m_slug->selectAll();
            validate();
        }
    });
}

// The targeting rules go with the link once it is stored (a new link has none before). If
// they cannot be saved, the link is, and the dialog stays open on it as an edit, with the
// sentence, so that OK tries the rules again and nothing typed is lost.
void LinkDialog::saveRulesThenClose(const Link &saved)
{
    LinkProvider *p = provider();
    const std::optional<QList<Rules::Rule>> rules = m_rules->rulesChange();
    if (!p || !rules || !p->can(LinkProvider::Capability::RedirectRules)) {
        setBusy(false);
        emit linkSaved(saved);
        QDialog::accept();
        return;
    }
    whenFinished(this, p->setRedirectRules(saved, *rules), [this, saved](const Result<QList<Rules::Rule>> &stored) {
        setBusy(false);
        if (!stored) {
            m_original = saved;
            m_openedState = formState();   // saved, but for the rules (rulesChange() still says so)
            setWindowTitle(tr("Edit Link"));
            m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
            emit linkSaved(saved);
            showError(tr("The link was saved, but not its targeting rules: %1").arg(stored.error().message));
            return;
        }
        m_rules->markSaved();
        emit linkSaved(saved);
        QDialog::accept();
    });
}

QStringList LinkDialog::formState() const
{
    // The fields as typed (not draft(), which leaves out what the account's service cannot keep:
    // that was typed too). The account and the domain the dialog chose itself are not input;
    // a domain the user chose is (hasUnsavedChanges()). A limit's time counts only when ticked.
    const auto on = [](const QCheckBox *check) { return check->isChecked() ? u"1"_s : u"0"_s; };
    const auto when = [](const QCheckBox *check, const QDateTimeEdit *edit) {
        return check->isChecked() ? edit->dateTime().toUTC().toString(Qt::ISODate) : QString();
    };
    QStringList state{m_destination->text(),
                      m_slug->text(),
                      m_title->text(),
                      m_tags->text(),
                      m_utmGroup->isChecked() ? u"1"_s : u"0"_s,
                      m_utmSource->text(),
                      m_utmMedium->text(),
                      m_utmCampaign->text(),
                      m_utmTerm->text(),
                      m_utmContent->text(),
                      on(m_lowercase),
                      when(m_startsCheck, m_starts),
                      when(m_endsCheck, m_ends),
                      m_maxClicksCheck->isChecked() ? QString::number(m_maxClicks->value()) : QString(),
                      m_fallback->text(),
                      on(m_passwordCheck),
                      m_password->text(),
                      m_previewGroup->isChecked() ? u"1"_s : u"0"_s,
                      m_previewTitle->text(),
                      m_previewDescription->text(),
                      m_previewImage->text()};
    const QList<Link::Variant> variants = m_split->variants();
    for (const Link::Variant &variant : variants)
        state << variant.url << QString::number(variant.percent);
    return state;
}

bool LinkDialog::hasUnsavedChanges() const
{
    if (formState() != m_openedState || m_rules->rulesChange().has_value())
        return true;
    // The domain box fills when the account's domains have come; another one chosen is a change.
    return m_domain->count() > 0 && m_domain->currentText() != m_filledDomain;
}

void LinkDialog::reject()
{
    if (m_busy)
        return;   // saving: the service's answer closes the dialog or says why not
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    // Nothing typed is thrown away by a key press: as in the rules editor, the dialog asks.
    const MessageBox::UnsavedQuestion question = m_original
        ? MessageBox::UnsavedQuestion{tr("Unsaved Changes"),
                                      tr("The link has changes that are not saved. Save them?"),
                                      tr("The link has changes that are not saved, and they cannot be saved "
                                         "as they are. Discard them?"),
                                      {}}
        : MessageBox::UnsavedQuestion{tr("Link Not Created"),
                                      tr("The new link has not been created yet. Create it now?"),
                                      tr("The new link has not been created, and it cannot be created as it "
                                         "is. Discard what you typed?"),
                                      tr("Create Link")};
    // Save closes when saved; an error keeps the dialog open, saying why.
    MessageBox::askBeforeDiscarding(this, question, isInputValid(), [this] { accept(); });
}

bool LinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The sections take the room they need, up to what the screen leaves; beyond, they scroll.
    if (watched == m_sections && event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, &LinkDialog::fitSections);
    return QDialog::eventFilter(watched, event);
}

void LinkDialog::setVisible(bool visible)
{
    if (visible && !m_placed && !isVisible()) {
        // Sized and placed before it is shown: fitted after the first show (a timer on the
        // sections' layout), the dialog grew below the screen of a 1024x700 desktop in German,
        // and the window manager pushed its title bar above it.
        m_placed = true;
        fitSections();
        layout()->activate();
        resize(WindowFit::bounded(this, sizeHint().expandedTo(minimumSizeHint())));
        WindowFit::keepInside(this, true);
    }
    QDialog::setVisible(visible);
}

void LinkDialog::fitSections()
{
    // The dialog within most of the screen's height, the window manager's frame included.
    const QMargins frame = WindowFit::frame(this);
    const int available = (WindowFit::available(this).height() - frame.top() - frame.bottom()) * 4 / 5;
    // Everything but the sections: the fields above, the final address, the buttons.
    const int others =
        layout()->sizeHint().height() - std::max(m_scroll->sizeHint().height(), m_scroll->minimumHeight());
    const int wanted = m_sections->sizeHint().height();
    m_scroll->setMinimumHeight(std::max(120, std::min(wanted, available - std::max(0, others))));
    // Nor narrower than the sections and the scroll bar beside them: they never scroll sideways,
    // so a section wider than the fields above (German: the lower-case check box, the split's
    // Remove button and its total) was cut at the right edge.
    m_scroll->setMinimumWidth(m_sections->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width()
                              + 2 * m_scroll->frameWidth());
    // Grown by an opened section: still wholly on the screen, title bar included.
    if (isVisible()) {
        layout()->activate();
        WindowFit::keepInside(this, false);
    }
}

}   // namespace Linkdeck::Gui
