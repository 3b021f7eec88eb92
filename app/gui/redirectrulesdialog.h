#pragma once

#include <QDialog>
#include <QList>

#include "core/links/link.h"
#include "core/links/redirectrules.h"

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace Linkdeck {
class LinkProvider;
}

namespace Linkdeck::Gui {

class ConditionRow;

// Edits a link's redirect rules (Shlink's dynamic redirects): an ordered list of rules, each
// a destination and the conditions a visitor must all meet to be sent there; the first rule
// that matches wins, else the link's own destination, or for a link with an A/B split the split
// shares the visitors no rule matched (the rules come first). The rules are loaded from the account's
// provider when the dialog opens; Save sends the whole list and the dialog closes only when
// the provider stored it, so nothing typed is lost on an error. Validation is core's
// (Rules::Text::problem), the same the server applies.
//
//   auto *d = new RedirectRulesDialog(provider, link, this);
//   connect(d, &RedirectRulesDialog::rulesSaved, ...); d->open();
class RedirectRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectRulesDialog)
public:
    RedirectRulesDialog(LinkProvider *provider, const Link &link, QWidget *parent = nullptr);
    // Only collects rules (the New/Edit Link dialog saves them with the link): starts from
    // `rules`, and OK emits rulesSaved() with the checked rules without sending anything.
    RedirectRulesDialog(const QList<Rules::Rule> &rules, const Link &link, QWidget *parent = nullptr);
    ~RedirectRulesDialog() override;

    QList<Rules::Rule> rules() const { return m_rules; }
    void setRules(const QList<Rules::Rule> &rules);
    bool isLoaded() const { return m_loaded; }
    // Rules added, removed, moved or edited since they were loaded (or set) and not saved.
    bool hasUnsavedChanges() const;

signals:
    void rulesSaved(const QList<Linkdeck::Rules::Rule> &rules);

public slots:
    void accept() override;
    // Esc, Cancel or the window's close button: with unsaved changes, asks whether to save them,
    // discard them or go on editing (Cancel keeps the dialog open as it is).
    void reject() override;
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void addCondition();

private:
    void buildUi();
    void showRule(int row);   // fills the editor from m_rules[row]
    void readEditor();        // m_rules[current] from the editor
    void refresh();           // list texts, summary, validation, buttons
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    ConditionRow *appendConditionRow(const Rules::Condition &condition);
    QString listText(int row) const;
    QString splitShares() const;   // "A 70% and B 30%", for a link with an A/B split

    LinkProvider *m_provider;
    Link m_link;
    QList<Rules::Rule> m_rules;
    QList<Rules::Rule> m_savedRules;   // as loaded, set or last saved
    bool m_loaded = false;
    bool m_busy = false;
    bool m_filling = false;

    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QGroupBox *m_editor = nullptr;
    QLineEdit *m_destination = nullptr;
    QVBoxLayout *m_conditionsLayout = nullptr;
    QList<ConditionRow *> m_conditionRows;
    QPushButton *m_addCondition = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}   // namespace Linkdeck::Gui
