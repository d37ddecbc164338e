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
class TestConversationListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsConversationsAndStories();
    void activatingSwitchesConversation();

private:
    static void fill(SessionDocument &document);
};

void TestConversationListPanel::fill(SessionDocument &document)
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
}

void TestConversationListPanel::listsConversationsAndStories()
{
    SessionDocument document;
    fill(document);
    InteractiveSession session(&document);
    QVERIFY(session.openOffline());
    ConversationListPanel panel;
    panel.setSession(&session);
    QTreeWidget *tree = panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *first = tree->topLevelItem(0);
    QCOMPARE(first->childCount(), 2);
    QVERIFY(first->text(0).startsWith(u"Conversation 1"_s));
    QVERIFY(first->font(0).bold()); // the current one
    QVERIFY2(first->child(1)->text(0).contains(u"forked before"_s), qPrintable(first->child(1)->text(0)));
    QVERIFY(first->child(1)->text(0).contains(Fixtures::turnEvents(0, 1).first().text()));

    tree->setCurrentItem(first->child(0));
    QCOMPARE(panel.storyView()->count(), 2 * 4); // user, slot, action + bot, listen per turn
    QVERIFY(panel.storyView()->item(0)->text().contains(u"inform"_s));

    // New events show up (after a short coalescing delay).
    document.appendEvents(1, Fixtures::turnEvents(1, 1));
    document.appendEvents(1, {Event::restart(1900000000.0)});
    QTRY_COMPARE(tree->topLevelItem(1)->childCount(), 2);
}

void TestConversationListPanel::activatingSwitchesConversation()
{
    SessionDocument document;
    fill(document);
    InteractiveSession session(&document);
    QVERIFY(session.openOffline());
    ConversationListPanel panel;
    panel.setSession(&session);
    QSignalSpy failed(&panel, &ConversationListPanel::commandFailed);
    Q_EMIT panel.tree()->itemActivated(panel.tree()->topLevelItem(1), 0);
    QCOMPARE(session.currentConversation(), 1);
    QCOMPARE(failed.size(), 0);
}

QTEST_MAIN(TestConversationListPanel)
#include "tst_conversationlistpanel.moc"
