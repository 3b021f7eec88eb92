#pragma once

#include <QDialog>

#include <optional>

#include "core/links/link.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace Linkdeck {
class Backend;
class LinkProvider;
class Settings;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

class RulesSection;
class SectionBox;
class SplitEditor;

// Creates a link, or edits one. The destination is checked as the user types, with the
// reason beside the field; the back-half is checked for availability; the UTM panel shows
// the final URL; the Limits section sets a start, an end, a click limit and where visitors go
// after that (LinkLimits has the rules), as far as the account's service can keep them, in the
// user's time zone. OK stays disabled until the input is valid. On OK the dialog asks the
// account's provider to save the link and closes only when it succeeded: on an error it
// stays open with the message, so nothing the user typed is lost.
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)
public:
    LinkDialog(Backend &backend, const Settings &settings, QWidget *parent = nullptr);
    ~LinkDialog() override;

    void editLink(const Link &link);     // switch to editing an existing link
    void setAccount(qint64 accountId);   // preselect the account of a new link
    Link draft() const;                  // the link as the fields describe it now
    // What the Password row asks for (issue 15): nullopt to leave the link's password as it is,
    // an empty string to remove it, else the new password (hashed by the provider, in core).
    std::optional<QString> passwordChange() const;
    bool isInputValid() const;
    // Something typed or changed since the dialog opened (a new link: the empty form with the
    // defaults the dialog filled in itself; an edit: the link's saved values) and not saved.
    bool hasUnsavedChanges() const;

signals:
    void linkSaved(const Linkdeck::Link &link);

public slots:
    void accept() override;
    // Esc, Cancel or the window's close button: with unsaved input, asks whether to create or
    // save the link, discard the input or go on editing (Cancel keeps the dialog as it is).
    void reject() override;
    // The first show sizes the dialog to its sections within the screen and places its whole
    // frame on the screen, centred on the main window (issue 12).
    void setVisible(bool visible) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveRulesThenClose(const Link &saved);
    void fitSections();
    void buildUi();
    void buildLimits(QVBoxLayout *layout);
    void buildPreview(QVBoxLayout *layout);
    void updatePreviewCard();
    void accountChanged();
    void updateLimitsForProvider();
    void limitToggled();
    void updateLimitFields();
    void showLimits(const Link &link);
    void updatePasswordRow();
    QString passwordProblem() const;
    void validate();
    void scheduleSlugCheck();
    void checkSlug();
    bool isOwnSlug(const QString &slug, const QString &domain) const;
    void applyPreset(int index);
    void setBusy(bool busy);
    void showError(const QString &message);
    LinkProvider *provider() const;
    QString finalDestination() const;
    QStringList formState() const;   // what was typed and chosen, for hasUnsavedChanges()

    Backend &m_backend;
    const Settings &m_settings;
    std::optional<Link> m_original;   // set when editing
    bool m_busy = false;
    bool m_placed = false;   // sized and placed for its first show
    bool m_slugTaken = false;
    int m_slugCheckGeneration = 0;
    QStringList m_openedState;   // formState() as the dialog opened, or as last saved
    QString m_filledDomain;      // the domain the dialog chose itself (the account's default, the link's)

    QComboBox *m_account = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QLabel *m_destinationStatus = nullptr;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_slug = nullptr;
    QLabel *m_slugStatus = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_tags = nullptr;
    QGroupBox *m_utmGroup = nullptr;
    QComboBox *m_preset = nullptr;
    QString m_presetSource;   // what the last preset put in the source and medium fields
    QString m_presetMedium;
    QLineEdit *m_utmSource = nullptr;
    QLineEdit *m_utmMedium = nullptr;
    QLineEdit *m_utmCampaign = nullptr;
    QLineEdit *m_utmTerm = nullptr;
    QLineEdit *m_utmContent = nullptr;
    QCheckBox *m_lowercase = nullptr;
    QPlainTextEdit *m_finalUrl = nullptr;
    QGroupBox *m_limitsGroup = nullptr;
    QCheckBox *m_startsCheck = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QCheckBox *m_endsCheck = nullptr;
    QDateTimeEdit *m_ends = nullptr;
    QCheckBox *m_maxClicksCheck = nullptr;
    QSpinBox *m_maxClicks = nullptr;
    QLabel *m_maxClicksUnit = nullptr;
    QLabel *m_fallbackLabel = nullptr;
    QLineEdit *m_fallback = nullptr;
    QCheckBox *m_passwordCheck = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_limitsStatus = nullptr;
    SectionBox *m_previewGroup = nullptr;
    QWidget *m_previewFields = nullptr;
    QLineEdit *m_previewTitle = nullptr;
    QLineEdit *m_previewDescription = nullptr;
    QLineEdit *m_previewImage = nullptr;
    QFrame *m_previewCard = nullptr;
    QLabel *m_cardSite = nullptr;
    QLabel *m_cardTitle = nullptr;
    QLabel *m_cardDescription = nullptr;
    QLabel *m_cardImage = nullptr;
    QLabel *m_previewStatus = nullptr;
    SplitEditor *m_split = nullptr;
    RulesSection *m_rules = nullptr;
    QWidget *m_sections = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_limitsZone = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_slugTimer = nullptr;
};

}   // namespace Linkdeck::Gui
