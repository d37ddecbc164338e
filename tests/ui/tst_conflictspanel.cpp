// ConflictsPanel: the live list of conflicts and its status line.

#include "conflictmonitor.h"
#include "conflictspanel.h"

#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "testsupport/testdata.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestConflictsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsConflictsLive();
};

void TestConflictsPanel::listsConflictsLive()
{
    SessionDocument document;
    InteractiveSession session(&document);
    ConflictMonitor monitor;
    ConflictsPanel panel(&monitor);
    panel.show();
    monitor.setSession(&session);
    QVERIFY(panel.statusText().contains(u"No bot project"_s));

    // max_history 2 (config.yml): "from a" and "from z" conflict after m_c.
    document.setProjectFolder(TestSupport::dataPath(u"conflicts/maxhistory"_s));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConflictMonitor::State::Ready, 10000);
    QTRY_VERIFY(panel.statusText().contains(u"max_history 2, from config.yml"_s));
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    QCOMPARE(panel.tree()->topLevelItem(0)->text(0), u"After intent 'm_c'"_s);

    const int index = document.addConversation(u"c1"_s, u"Talk"_s);
    document.setCurrentConversation(index);
    document.appendEvents(index,
                          {Event::actionListen(),
                           Event::user(u"a"_s, ParseData::corrected(u"a"_s, u"m_a"_s, {})),
                           Event::action(u"utter_2"_s)});
    QTRY_COMPARE(panel.tree()->topLevelItemCount(), 2);
    const QList<QTreeWidgetItem *> found =
        panel.tree()->findItems(u"After intent 'm_a'"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTreeWidgetItem *conflict = found.first();
    QCOMPARE(conflict->childCount(), 2);
    QCOMPARE(conflict->child(1)->text(0), u"utter_2"_s);
    QCOMPARE(conflict->child(1)->childCount(), 1);
    QVERIFY(panel.statusText().startsWith(u"Conflicts: 2;"_s));
    QTreeWidgetItem *talk = conflict->child(1)->child(0);
    QCOMPARE(talk->text(0), u"Talk"_s);

    QSignalSpy opened(&panel, &ConflictsPanel::storyRequested);
    Q_EMIT panel.tree()->itemActivated(talk, 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toInt(), monitor.currentTracker());
    Q_EMIT panel.tree()->itemActivated(conflict, 0); // not a story
    QCOMPARE(opened.count(), 1);
}

QTEST_MAIN(TestConflictsPanel)
#include "tst_conflictspanel.moc"
