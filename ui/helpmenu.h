#pragma once

#include <QMenu>

namespace Coach {

//! The Help menu of a main window: Keyboard Shortcuts (generated from the
//! window's actions), About Rasa Coach and About Qt. The dialogs are made
//! when asked for and deleted when closed.
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QWidget *window);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

private:
    void showShortcuts();
    void showAbout();

    QWidget *m_window = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Coach
