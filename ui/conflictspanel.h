#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Coach {

class ConflictMonitor;

//! View › Conflicts: every current story conflict of the project and the
//! session, as Rasa's check reports them (after what, which action in which
//! stories), updated live; a story opens on double-click or Enter
//! (storyRequested). A status line says what is checked and with which
//! max_history, or why nothing is.
class ConflictsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsPanel)

public:
    explicit ConflictsPanel(ConflictMonitor *monitor, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString statusText() const;
    //! Rebuilds the list now (it follows the monitor while shown).
    void refresh();

Q_SIGNALS:
    void storyRequested(int tracker);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    QString status() const;
    void onActivated(QTreeWidgetItem *item);

    ConflictMonitor *m_monitor;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    bool m_dirty = true;
};

} // namespace Coach
