#pragma once

#include <QGroupBox>
#include <QList>

#include <optional>

#include "core/links/link.h"
#include "core/links/redirectrules.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Linkdeck {
class LinkProvider;
}

namespace Linkdeck::Gui {

// The Targeting rules section of the New/Edit Link dialog (issue 15): the link's redirect rules
// as sentences ("A visitor on an iPhone goes to …"), Edit Rules… to change them (the rules
// editor, which here only collects them: the dialog saves them with the link), and a live
// preview: choose a device, a language and a country, and see where such a visitor goes
// (core's Rules::visit, decided as the server decides). Where the account's service keeps no
// rules, the section says so and has nothing to change.
class RulesSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesSection)
public:
    explicit RulesSection(QWidget *parent = nullptr);
    ~RulesSection() override;

    // The account's provider; nullptr or one without rules: the section says so.
    void setProvider(LinkProvider *provider);
    // An existing link's rules, read from its provider (the section says while it reads).
    void load(const Link &link);
    // The link as the dialog's fields describe it now (destination, split), for the preview.
    void setDraft(const Link &draft);
    // The rules as edited, when the user changed them; nullopt: leave the link's as they are.
    std::optional<QList<Rules::Rule>> rulesChange() const { return m_changed ? std::optional(m_rules) : std::nullopt; }
    // After the dialog saved them.
    void markSaved() { m_changed = false; }
    bool isLoading() const { return m_loading; }

signals:
    void changed();

private:
    void editRules();
    void showRules();
    void updatePreview();

    LinkProvider *m_provider = nullptr;
    Link m_draft;
    QList<Rules::Rule> m_rules;
    bool m_changed = false;
    bool m_loading = false;
    bool m_loadFailed = false;
    int m_generation = 0;
    QLabel *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QWidget *m_try = nullptr;
    QComboBox *m_device = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_country = nullptr;
    QLabel *m_result = nullptr;
};

}   // namespace Linkdeck::Gui
