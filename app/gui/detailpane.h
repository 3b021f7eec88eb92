#pragma once

#include <QWidget>

#include <optional>

#include "core/links/link.h"

namespace Linkdeck {
struct LinkSelection;
}

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Linkdeck::Gui {

class QrPreview;

// The right column: everything about the selected link, with its short URL large enough
// to read aloud and buttons to copy, open, edit and delete it.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // account: where the link lives ("Bitly marketing"); status: why it is not (yet) on the
    // service, empty when it is.
    void showLink(const std::optional<Link> &link, bool canEdit, bool canDelete, const QString &account = {},
                  const QString &status = {});
    // What is selected: one link (the current one) in full, several as how many and their
    // clicks together, none as a hint; the buttons as far as the selection allows.
    void showSelection(const LinkSelection &selection);
    std::optional<Link> link() const { return m_link; }
    // The "Redirect Rules…" button: disabled with the reason as its tooltip when the link's
    // account cannot have rules.
    void setRulesState(bool enabled, const QString &toolTip);

signals:
    void copyRequested();
    void openRequested();
    void editRequested();
    void deleteRequested();
    void qrRequested();
    void rulesRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    std::optional<Link> m_link;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_selection = nullptr;
    QLabel *m_shortUrl = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_destination = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_campaign = nullptr;
    QLabel *m_utm = nullptr;
    QLabel *m_clicks = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_split = nullptr;
    QLabel *m_splitLabel = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_qr = nullptr;
    QPushButton *m_rules = nullptr;
    QrPreview *m_qrPreview = nullptr;
};

}   // namespace Linkdeck::Gui
