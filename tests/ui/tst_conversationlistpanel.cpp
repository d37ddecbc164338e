#include "conversationlistpanel.h"
#include "core/helpers/sessionfixtures.h"

#include "session/interactivesession.h"
#include "session/sessiondocument.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Coach;

// The conversations of a session with their stories (a fork named by the
// message it went back to), the turns of a selected story, and switching
// conversations from the list.

namespace {

//! A session of two conversations (the first restarted as a fork before
//! its second message) shown offline in a panel.
struct Shown
{
    Shown() : session(&document)
    {
        document.addConversation(u"first"_s, u"Conversation 1"_s);
        EventList events = Fixtures::turnEvents(0, 0);
        events += Fixtures::turnEvents(0, 1);
        events.append(Event::restart(1800000000.0));
        events += Fixtures::turnEvents(0, 0); // a fork before the second message
        document.appendEvents(0, events);
        document.addConversation(u"second"_s, u"Conversation 2"_s);
        document.appendEvents(1, Fixtures::turnEvents(1, 0));
        document.setCurrentConversation(0);
        opened = session.openOffline();
        panel.setSession(&session);
    }

    SessionDocument document;
    InteractiveSession session;
    ConversationListPanel panel;
    Status opened;
};

} // namespace

class TestConversationListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsConversationsAndStories();
    void activatingSwitchesConversation();
};

void TestConversationListPanel::listsConversationsAndStories()
{
    Shown shown;
    QVERIFY(shown.opened);
    QTreeWidget *tree = shown.panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *first = tree->topLevelItem(0);
    QCOMPARE(first->childCount(), 2);
    QVERIFY(first->text(0).startsWith(u"Conversation 1"_s));
    QVERIFY(first->font(0).bold()); // the current one
    QVERIFY2(first->child(1)->text(0).contains(u"forked before"_s),
             qPrintable(first->child(1)->text(0)));
    QVERIFY(first->child(1)->text(0).contains(Fixtures::turnEvents(0, 1).first().text()));

    tree->setCurrentItem(first->child(0));
    // Per turn: the user, the slot, the action, the bot's message (with
    // buttons, its own row) and action_listen.
    QCOMPARE(shown.panel.storyView()->count(), 2 * 5);
    QVERIFY(shown.panel.storyView()->item(3)->text().startsWith(u"Bot says: "_s));
    QVERIFY(shown.panel.storyView()->item(0)->text().contains(u"inform"_s));

    // Another conversation lists its stories when it is expanded; new
    // events show up after a short coalescing delay.
    QTreeWidgetItem *second = tree->topLevelItem(1);
    QCOMPARE(second->childCount(), 0); // not read yet
    second->setExpanded(true);
    QCOMPARE(second->childCount(), 1);
    shown.document.appendEvents(1, Fixtures::turnEvents(1, 1));
    shown.document.appendEvents(1, {Event::restart(1900000000.0)});
    QTRY_COMPARE(tree->topLevelItem(1)->childCount(), 2);
}

void TestConversationListPanel::activatingSwitchesConversation()
{
    Shown shown;
    QVERIFY(shown.opened);
    QSignalSpy failed(&shown.panel, &ConversationListPanel::commandFailed);
    Q_EMIT shown.panel.tree()->itemActivated(shown.panel.tree()->topLevelItem(1), 0);
    QCOMPARE(shown.session.currentConversation(), 1);
    QCOMPARE(failed.size(), 0);
}

QTEST_MAIN(TestConversationListPanel)
#include "tst_conversationlistpanel.moc"
