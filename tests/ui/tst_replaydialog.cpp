// The replay view against fake-rasa: replaying the open session, the
// filter, accepting (undoably) or keeping a difference, cancel, and the
// window's own menu command with its jump to the turn in the history.
#include "conversationmodel.h"
#include "core/helpers/replayfixtures.h"
#include "core/helpers/sessionharness.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "replaydialog.h"
#include "replayfiltermodel.h"
#include "replaymodel.h"
#include "replayreviewpanel.h"
#include "translations.h"

#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)
#include "session/undostack.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

class TestReplayDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replaysTheSessionAndMarksTheDifference();
    void acceptingIsUndoableAndKeepingChangesNothing();
    void settlingMovesToTheNextDifference();
    void cancelStopsAndTheWindowStaysResponsive();
    void aDeadServerIsReported();
    void openedFromTheConversationMenu();
    void speaksGermanAndSpanish();

private:
    //! Replays `dialog`'s document against `server`; true when it ended.
    static bool replay(ReplayDialog &dialog, const QUrl &server);
    //! Selects the one differing turn in the dialog's table.
    static void selectDifference(ReplayDialog &dialog);

    QTemporaryDir m_bots;
    std::unique_ptr<SessionHarness> m_annotator;
    FakeRasa::FakeRasaServer m_retrained; //!< moodbot answering mood_great with utter_goodbye
};

void TestReplayDialog::initTestCase()
{
    m_annotator = std::make_unique<SessionHarness>();
    QVERIFY2(annotateMoodbot(*m_annotator), qPrintable(m_annotator->why));
    QVERIFY(copyBot(botFolder(u"moodbot"_s), m_bots.path(), moodGreatSaysGoodbye()));
    QVERIFY(m_retrained.loadBot(m_bots.path()));
    QVERIFY(m_retrained.listen());
}

bool TestReplayDialog::replay(ReplayDialog &dialog, const QUrl &server)
{
    QSignalSpy ended(&dialog, &ReplayDialog::replayEnded);
    dialog.serverEdit()->setText(server.toString());
    dialog.startButton()->click();
    return ended.wait(30000) || !ended.isEmpty();
}

void TestReplayDialog::selectDifference(ReplayDialog &dialog)
{
    dialog.onlyDifferencesBox()->setChecked(true);
    QCOMPARE(dialog.filterModel()->rowCount(), 1);
    dialog.table()->selectRow(0);
}

void TestReplayDialog::replaysTheSessionAndMarksTheDifference()
{
    ReplayDialog dialog(m_annotator->document.get());
    QCOMPARE(dialog.serverEdit()->text(), m_annotator->server.url().toDisplayString());
    QVERIFY(replay(dialog, m_retrained.url()));
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.startButton()->isEnabled());
    QVERIFY(!dialog.cancelButton()->isEnabled());
    QCOMPARE(dialog.model()->rowCount(), 6);
    QCOMPARE(dialog.progressBar()->value(), 6);
    QVERIFY2(dialog.statusText().contains(u"turns: 6, differing: 1"_s),
             qPrintable(dialog.statusText()));
    selectDifference(dialog);
    const QModelIndex actions = dialog.filterModel()->index(0, ReplayModel::Actions);
    QCOMPARE(actions.data().toString(), u"utter_happy → utter_goodbye, action_listen"_s);
    QVERIFY(actions.data(ReplayModel::DiffersRole).toBool());
    QListWidget *list = dialog.reviewPanel()->differenceList();
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(
                 u"action 1: annotated utter_happy, predicted utter_goodbye"_s),
             qPrintable(list->item(0)->text()));
    QVERIFY(dialog.reviewPanel()->acceptButton()->isEnabled());
}

void TestReplayDialog::acceptingIsUndoableAndKeepingChangesNothing()
{
    SessionDocument *document = m_annotator->document.get();
    ReplayDialog dialog(document);
    QVERIFY(replay(dialog, m_retrained.url()));
    selectDifference(dialog);
    ReplayReviewPanel *review = dialog.reviewPanel();
    const ReplayTurn turn = dialog.model()->turnAt(1);
    const int actionEvent = turn.actions.first().eventIndex;
    QCOMPARE(document->conversation(0).events.at(actionEvent).name(), u"utter_happy"_s);
    const int steps = document->undoStack()->count();

    review->acceptButton()->click();
    QCOMPARE(document->conversation(0).events.at(actionEvent).name(), u"utter_goodbye"_s);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY(review->differenceList()->item(0)->text().endsWith(u"(accepted)"_s));
    QVERIFY(!review->acceptButton()->isEnabled());
    QCOMPARE(dialog.filterModel()->index(0, ReplayModel::Result).data().toString(), u"settled"_s);
    QCOMPARE(review->undoButton()->text(), u"&Undo Accept the Model's Answer"_s);
    QVERIFY(document->isModified());

    review->undoButton()->click();
    QCOMPARE(document->conversation(0).events.at(actionEvent).name(), u"utter_happy"_s);
    QVERIFY(!review->differenceList()->item(0)->text().endsWith(u"(accepted)"_s));
    QCOMPARE(dialog.filterModel()->index(0, ReplayModel::Result).data().toString(), u"differs"_s);
    QVERIFY(review->redoButton()->isEnabled());

    review->keepButton()->click();
    QVERIFY(review->differenceList()->item(0)->text().endsWith(u"(kept)"_s));
    QCOMPARE(document->conversation(0).events.at(actionEvent).name(), u"utter_happy"_s);
    QCOMPARE(document->undoStack()->count(), steps + 1); // the undone accept, nothing new
    QCOMPARE(dialog.filterModel()->index(0, ReplayModel::Result).data().toString(), u"settled"_s);

    QSignalSpy requested(&dialog, &ReplayDialog::turnRequested);
    review->goToButton()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first(), (QVariantList{0, turn.eventIndex}));
}

void TestReplayDialog::settlingMovesToTheNextDifference()
{
    // A bot whose NLU and stories both changed: two differences in one turn.
    QTemporaryDir folder;
    QVERIFY(copyBot(botFolder(u"moodbot"_s), folder.path(),
                    moodGreatSaysGoodbye() + iAmGreatIsUnhappy()));
    FakeRasa::FakeRasaServer server;
    QVERIFY(server.loadBot(folder.path()));
    QVERIFY(server.listen());
    SessionDocument *document = m_annotator->document.get();
    ReplayDialog dialog(document);
    QVERIFY(replay(dialog, server.url()));
    selectDifference(dialog);
    ReplayReviewPanel *review = dialog.reviewPanel();
    QListWidget *list = review->differenceList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(list->item(0)->text().startsWith(u"intent: annotated mood_great"_s));
    review->acceptButton()->click();
    const ReplayTurn turn = dialog.model()->turnAt(1);
    QCOMPARE(document->conversation(0).events.at(turn.eventIndex).userIntent(), u"mood_unhappy"_s);
    QCOMPARE(list->currentRow(), 1); // on to the action
    QVERIFY(review->keepButton()->isEnabled());
    review->keepButton()->click();
    QVERIFY(list->item(1)->text().endsWith(u"(kept)"_s));
    QCOMPARE(dialog.filterModel()->index(0, ReplayModel::Result).data().toString(), u"settled"_s);
    document->undoStack()->undo();
    QCOMPARE(document->conversation(0).events.at(turn.eventIndex).userIntent(), u"mood_great"_s);
}

void TestReplayDialog::cancelStopsAndTheWindowStaysResponsive()
{
    FakeRasa::FakeRasaServer slow;
    QVERIFY(slow.loadBot(botFolder(u"moodbot"_s)));
    slow.addFault(FakeRasa::Fault::latency(u"POST"_s, u"/predict$"_s, 200));
    QVERIFY(slow.listen());
    ReplayDialog dialog(m_annotator->document.get());
    dialog.serverEdit()->setText(slow.url().toString());
    QSignalSpy ended(&dialog, &ReplayDialog::replayEnded);
    dialog.startButton()->click();
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.cancelButton()->isEnabled());
    // The event loop keeps running while the replay waits for answers.
    bool ran = false;
    QMetaObject::invokeMethod(
        &dialog, [&ran] { ran = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(ran);
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() >= 1, 20000);
    dialog.cancelButton()->click();
    QVERIFY(!dialog.isRunning());
    QCOMPARE(ended.count(), 1);
    QVERIFY2(dialog.statusText().startsWith(u"Cancelled after"_s), qPrintable(dialog.statusText()));
    QVERIFY(dialog.progressBar()->value() < 6);
    QVERIFY(dialog.startButton()->isEnabled());
    // Nothing else arrives after a cancel.
    QVERIFY(!ended.wait(500));
}

void TestReplayDialog::aDeadServerIsReported()
{
    FakeRasa::FakeRasaServer server;
    QVERIFY(server.loadBot(botFolder(u"moodbot"_s)));
    server.setModelLoaded(false);
    QVERIFY(server.listen());
    ReplayDialog dialog(m_annotator->document.get());
    QVERIFY(replay(dialog, server.url()));
    QVERIFY2(dialog.statusText().startsWith(u"The replay stopped: "_s),
             qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(u"409"_s));
    QVERIFY(dialog.startButton()->isEnabled());
}

void TestReplayDialog::openedFromTheConversationMenu()
{
    MainWindowFixture fixture;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"moodbot.coach"_s);
    QVERIFY(m_annotator->document->saveAs(file));
    MainWindow window;
    QVERIFY(window.openSession(file));
    QVERIFY(window.session()->switchConversation(1));
    auto *action = window.findChild<QAction *>(u"actionReplay"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"Re&play against Server…"_s);
    QVERIFY(window.menuBar()->actions().at(1)->menu()->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<ReplayDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(replay(*dialog, m_retrained.url()));
    selectDifference(*dialog);
    const ReplayTurn turn = dialog->model()->turnAt(1);
    dialog->reviewPanel()->goToButton()->click();
    // The window switched to the turn's conversation and selected its message.
    QCOMPARE(window.session()->currentConversation(), 0);
    const int row = window.historyView()->currentIndex().row();
    QVERIFY(row >= 0);
    QCOMPARE(row, window.conversationModel()->rowOfEvent(turn.eventIndex));
    QVERIFY(window.historyView()->selectionModel()->isRowSelected(row));
    // Opening another session closes the replay of the old one.
    QVERIFY(window.openSession(file));
    QTRY_VERIFY(!window.findChild<ReplayDialog *>());
}

void TestReplayDialog::speaksGermanAndSpanish()
{
    for (const auto &[language, start, summary] :
         {std::tuple{u"de"_s, u"Wiederholung &starten"_s,
                     u"Sitzungen: 1, Gesprächsteile: 2, Züge: 6, abweichend: 1"_s},
          std::tuple{u"es"_s, u"&Iniciar repetición"_s,
                     u"sesiones: 1, partes de conversación: 2, turnos: 6, difieren: 1"_s}}) {
        QVERIFY(Translations::install(language));
        ReplayDialog dialog(m_annotator->document.get());
        QCOMPARE(dialog.startButton()->text(), start);
        QVERIFY(replay(dialog, m_retrained.url()));
        QCOMPARE(dialog.statusText(), summary);
    }
    QVERIFY(Translations::install(u"en"_s));
}

QTEST_MAIN(TestReplayDialog)
#include "tst_replaydialog.moc"
