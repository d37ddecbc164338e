#include "helpmenu.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace Coach {

HelpMenu::HelpMenu(QWidget *window) : QMenu(tr("&Help"), window), m_window(window)
{
    setObjectName(u"HelpMenu"_s);
    m_shortcuts = addAction(tr("Keyboard &Shortcuts…"));
    m_shortcuts->setObjectName(u"actionShortcuts"_s);
    m_shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    m_shortcuts->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    addSeparator();
    m_about = addAction(tr("&About Rasa Coach"));
    m_about->setObjectName(u"actionAbout"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    QAction *aboutQt = addAction(tr("About &Qt"));
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void HelpMenu::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showAbout()
{
    auto *dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Coach
