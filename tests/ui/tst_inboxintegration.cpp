#include "conversationmodel.h"
#include "inbox/inboxhistory.h"
#include "inboxcorrectiondialog.h"
#include "inboxintegration.h"
#include "inboxpanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"

#include "model/domain.h"
#include "session/sessiondocument.h"
#include "testsupport/testdata.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// The Inbox in the main window: its dock in View, a stored conversation shown
// in the history table (and gone when the session changes), and Correct it
// ending in a new conversation of the session.
class TestInboxIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockInTheViewMenu();
    void openShowsTheWholeConversation();
    void correctItAddsAConversation();

private:
    static EventList recorded(const QString &sender);
    static InboxIntegration *integration(MainWindow &window);
};

EventList TestInboxIntegration::recorded(const QString &sender)
{
    EventList events;
    for (const QJsonValue &row :
         TestSupport::readJson(TestSupport::dataPath(u"trackerstore/rasa-3.6-sqlite.json"_s))
             .toObject()
             .value("rows"_L1)
             .toArray()) {
        if (row.toObject().value("sender_id"_L1).toString() == sender)
            events.append(*Event::fromJson(
                QJsonDocument::fromJson(row.toObject().value("data"_L1).toString().toUtf8())
                    .object()));
    }
    return events;
}

InboxIntegration *TestInboxIntegration::integration(MainWindow &window)
{
    return window.findChild<InboxIntegration *>(u"InboxIntegration"_s);
}

void TestInboxIntegration::dockInTheViewMenu()
{
    MainWindowFixture fixture;
    MainWindow window;
    InboxIntegration *inbox = integration(window);
    QVERIFY(inbox);
    QVERIFY(!inbox->dock()->isVisible());
    QMenu *view = window.menuBar()->findChild<QMenu *>(u"ViewMenu"_s);
    QVERIFY(view && view->actions().contains(inbox->dock()->toggleViewAction()));
    window.show();
    inbox->dock()->toggleViewAction()->trigger();
    QVERIFY(inbox->dock()->isVisible());
}

void TestInboxIntegration::openShowsTheWholeConversation()
{
    MainWindowFixture fixture;
    MainWindow window;
    const EventList events = recorded(u"inbox-e2e-sqlite"_s);
    Q_EMIT integration(window)->panel()->conversationOpened(u"inbox-e2e-sqlite"_s, events, true);
    QVERIFY(window.isPreviewing());
    const QList<HistoryRow> rows = InboxHistory::rows(events);
    QCOMPARE(window.conversationModel()->rowCount(), rows.size());
    // Every part, not only the one after the restart: the first message is there.
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                        [](const HistoryRow &r) { return r.text.contains(u"hello there"_s); }));
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                        [](const HistoryRow &r) { return r.event.type() == EventType::Restart; }));
    QVERIFY(window.statusText().contains(u"inbox-e2e-sqlite"_s) || window.isPreviewing());
    window.historyView()->setCurrentIndex(
        window.conversationModel()->index(window.conversationModel()->lastUserRow(), 0));
    QVERIFY(!window.action(MainWindow::ActionId::ForkHere)->isEnabled());
    window.endPreview();
    QVERIFY(!window.isPreviewing());
    QCOMPARE(window.conversationModel()->rowCount(), window.session()->historyRows().size());
}

void TestInboxIntegration::correctItAddsAConversation()
{
    MainWindowFixture fixture;
    MainWindow window;
    const Result<Domain> domain =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    window.document()->setDomain(domain->toJson());
    QVERIFY(window.session()->openOffline());
    Q_EMIT integration(window)->panel()->correctRequested(u"inbox-e2e-sqlite"_s,
                                                          recorded(u"inbox-e2e-sqlite"_s));
    auto *dialog = window.findChild<InboxCorrectionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->correction().questionCount() > 10);
    dialog->keepRest();
    QTRY_COMPARE(window.document()->conversationCount(), 1);
    QCOMPARE(window.document()->conversationId(0), u"inbox-inbox-e2e-sqlite"_s);
    QTRY_COMPARE(window.document()->currentConversation(), 0);
    QVERIFY(window.conversationModel()->rowCount() > 0);
}

QTEST_MAIN(TestInboxIntegration)
#include "tst_inboxintegration.moc"
