// Help → Keyboard Shortcuts lists the window's real actions (not a
// hard-coded table), can be searched, and the main widgets have accessible
// names.
#include "eventdetailspane.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "promptarea.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryActionWithAShortcut();
    void followsActionsAddedLater();
    void filtersAsTheUserTypes();
    void helpMenuOpensIt();
    void mainWidgetsHaveAccessibleNames();

private:
    static bool hasEntry(const QList<ShortcutsDialog::Entry> &entries, const QString &command,
                         const QKeySequence &keys);

    MainWindowFixture m_fixture;
};

bool TestShortcutsDialog::hasEntry(const QList<ShortcutsDialog::Entry> &entries,
                                   const QString &command, const QKeySequence &keys)
{
    const QString key = keys.toString(QKeySequence::NativeText);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutsDialog::Entry &e) {
        return e.command == command && e.shortcut.split(u", "_s).contains(key);
    });
}

void TestShortcutsDialog::listsEveryActionWithAShortcut()
{
    MainWindow window;
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    int withShortcut = 0;
    for (int id = 0; id < int(MainWindow::ActionId::Count); ++id) {
        QAction *action = window.action(MainWindow::ActionId(id));
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        QString command = action->text();
        command.remove(u'&');
        command.remove(u'…');
        QVERIFY2(hasEntry(entries, command, action->shortcut()), qPrintable(command));
    }
    QVERIFY(withShortcut >= 8);
    QVERIFY(hasEntry(entries, u"Open"_s, QKeySequence::Open));
    QVERIFY(hasEntry(entries, u"Keyboard Shortcuts"_s, QKeySequence(u"Ctrl+/"_s)));
    const auto open = std::find_if(entries.cbegin(), entries.cend(),
                                   [](const auto &e) { return e.command == u"Open"; });
    QCOMPARE(open->menu, u"File"_s);
    for (const ShortcutsDialog::Entry &entry : entries)
        QVERIFY2(!entry.shortcut.isEmpty() && !entry.command.contains(u'&'),
                 qPrintable(entry.command));
}

void TestShortcutsDialog::followsActionsAddedLater()
{
    MainWindow window;
    const qsizetype before = ShortcutsDialog::collect(&window).size();
    auto *extra = new QAction(u"Zoom &In"_s, &window);
    extra->setShortcut(QKeySequence(u"Ctrl+Shift+Z"_s));
    auto *silent = new QAction(u"No Keys"_s, &window);
    Q_UNUSED(silent)
    const QList<ShortcutsDialog::Entry> after = ShortcutsDialog::collect(&window);
    QCOMPARE(after.size(), before + 1);
    QVERIFY(hasEntry(after, u"Zoom In"_s, extra->shortcut()));
}

void TestShortcutsDialog::filtersAsTheUserTypes()
{
    MainWindow window;
    ShortcutsDialog dialog(&window);
    const int all = dialog.visibleCount();
    QCOMPARE(all, int(ShortcutsDialog::collect(&window).size()));
    QTest::keyClicks(dialog.filterEdit(), u"save"_s);
    // Save, and Save As where the platform has a key for it.
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    const auto saving = std::count_if(entries.cbegin(), entries.cend(), [](const auto &e) {
        return e.command.contains(u"save"_s, Qt::CaseInsensitive);
    });
    QVERIFY(saving >= 1);
    QCOMPARE(dialog.visibleCount(), int(saving));
    QVERIFY(dialog.visibleCount() < all);
    for (int row = 0; row < dialog.visibleCount(); ++row) {
        const QString command = dialog.view()->model()->index(row, 0).data().toString();
        QVERIFY2(command.contains(u"save"_s, Qt::CaseInsensitive), qPrintable(command));
    }
    dialog.filterEdit()->clear();
    const QString connectKeys =
        window.action(MainWindow::ActionId::Connect)->shortcut().toString(QKeySequence::NativeText);
    QTest::keyClicks(dialog.filterEdit(), connectKeys);
    QCOMPARE(dialog.visibleCount(), 1);
    QCOMPARE(dialog.view()->model()->index(0, 0).data().toString(), u"Connect"_s);
    QTest::keyClicks(dialog.filterEdit(), u"no such command"_s);
    QCOMPARE(dialog.visibleCount(), 0);
}

void TestShortcutsDialog::helpMenuOpensIt()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *help = window.findChild<HelpMenu *>();
    QVERIFY(help);
    help->shortcutsAction()->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->visibleCount() > 0);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
}

void TestShortcutsDialog::mainWidgetsHaveAccessibleNames()
{
    MainWindow window;
    const QList<QWidget *> widgets{window.historyView(), window.promptArea(), window.detailsPane(),
                                   window.messageLog()};
    for (const QWidget *widget : widgets)
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    auto *toolBar = window.findChild<QToolBar *>(u"MainToolBar"_s);
    QVERIFY(toolBar);
    const QList<QAction *> actions = toolBar->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        QWidget *button = toolBar->widgetForAction(action);
        QVERIFY(button);
        QVERIFY2(button->accessibleName().startsWith(action->text().remove(u'&').remove(u'…')),
                 qPrintable(button->accessibleName()));
    }
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
