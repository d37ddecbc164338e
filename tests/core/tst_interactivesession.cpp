#include "core/helpers/sessionharness.h"

#include "export/exporter.h"
#include "fakerasa/fakerasaserver.h" // links fake-rasa (see CoachTesting.cmake)
#include "session/historyrow.h"

#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;

using State = InteractiveSession::State;

Q_DECLARE_METATYPE(Coach::Testing::Transport)

// The turn loop of the engine against fake-rasa (spec §5.2–5.7): a scripted
// annotator confirms, corrects and creates things, and every step is checked
// against the server's tracker and the document.
class TestInteractiveSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPathConfirmsEverything_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<Transport>("transport");
        QTest::newRow("3.x") << u"3.6.2"_s << Transport::Tcp;
        QTest::newRow("2.x") << u"2.8.1"_s << Transport::Tcp;
        // The engine with its client injected: no socket, no port.
        QTest::newRow("3.x in process") << u"3.6.2"_s << Transport::InProcess;
        QTest::newRow("2.x in process") << u"2.8.1"_s << Transport::InProcess;
    }

    void happyPathConfirmsEverything()
    {
        QFETCH(QString, version);
        QFETCH(Transport, transport);
        SessionHarness h(u"moodbot"_s, version, transport);
        QVERIFY(h.loaded);
        QCOMPARE(h.server.isListening(), transport == Transport::Tcp);
        QSignalSpy connected(h.session.get(), &InteractiveSession::connected);
        QSignalSpy nluAsked(h.session.get(), &InteractiveSession::nluQuestionAsked);
        QSignalSpy buttons(h.session.get(), &InteractiveSession::buttonsOffered);
        QVERIFY2(h.connect(), qPrintable(h.why));
        QCOMPARE(connected.count(), 1);
        QCOMPARE(h.session->serverInfo().rasaVersion, version);
        QCOMPARE(h.document->serverInfo().rasaVersion, version);
        QVERIFY(!h.document->domain().isEmpty());
        QCOMPARE(h.document->conversationCount(), 1);
        QCOMPARE(h.conversationId().size(), 32);

        QVERIFY2(h.say(u"hello there"_s), qPrintable(h.why));
        QCOMPARE(nluAsked.count(), 1);
        const NluQuestion question = *h.session->nluQuestion();
        QCOMPARE(question.text, u"hello there"_s);
        QCOMPARE(question.intent, u"greet"_s);
        QVERIFY(question.intentKnown);
        QVERIFY(!question.fromIntentSyntax);
        QCOMPARE(question.ranking.size(), 7); // every moodbot intent, sorted
        QCOMPARE(question.ranking.first().name, u"greet"_s);
        for (qsizetype i = 1; i < question.ranking.size(); ++i) {
            const IntentScore &a = question.ranking.at(i - 1);
            const IntentScore &b = question.ranking.at(i);
            QVERIFY(a.confidence > b.confidence
                    || (a.confidence == b.confidence && a.name < b.name));
        }
        QVERIFY(question.questionText().contains(u"hello there"_s));
        QCOMPARE(h.document->conversation(0).events.at(question.userEventIndex).text(),
                 u"hello there"_s);

        QVERIFY(h.session->confirmNlu());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        const ActionQuestion action = *h.session->actionQuestion();
        QCOMPARE(action.action, u"utter_greet"_s);
        QVERIFY(!action.policy.isEmpty());
        QVERIFY(action.confidence.has_value());
        QVERIFY(action.predictions.size() > 10);
        QVERIFY(action.sessionCreatedActions.isEmpty());
        QCOMPARE(h.confirmUntilListening(), (QStringList{u"utter_greet"_s, u"action_listen"_s}));
        QCOMPARE(h.session->state(), State::AwaitingUserMessage);
        QCOMPARE(h.session->completedTurns(), 1);

        // utter_greet has buttons: offered with their payloads.
        QCOMPARE(buttons.count(), 1);
        const ButtonQuestion offered = *h.session->buttonQuestion();
        QCOMPARE(offered.text, u"Hey! How are you?"_s);
        QCOMPARE(offered.buttons.at(0).payload, u"/mood_great"_s);

        // The document holds exactly the server's events.
        QCOMPARE(h.documentEvents(), h.serverEvents());
        QCOMPARE(h.appliedSummary(),
                 (QStringList{u"action_listen"_s, u"user:greet"_s, u"utter_greet"_s,
                              u"action_listen"_s}));
        const QList<HistoryRow> rows = h.session->historyRows();
        QCOMPARE(rows.at(1).kind, HistoryRow::Kind::User);
        QCOMPARE(rows.at(1).intent, u"greet"_s);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const HistoryRow &row) {
            return row.kind == HistoryRow::Kind::Bot && row.text.startsWith(u"Hey! How are you?"_s);
        }));

        // A button skips the NLU question (Rasa §5.7).
        QVERIFY(h.session->chooseButton(u"/mood_great"_s));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(nluAsked.count(), 1);
        QCOMPARE(h.session->actionQuestion()->action, u"utter_happy"_s);
        QCOMPARE(h.confirmUntilListening(), (QStringList{u"utter_happy"_s, u"action_listen"_s}));
        QCOMPARE(h.documentEvents(), h.serverEvents());
        QVERIFY(h.document->isModified());
        QVERIFY(!h.document->journalFileName().isEmpty());
        QVERIFY(h.server.requests().size() > 10); // every request reached this server
    }

    void historyChangesCarryExactRanges()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QList<HistoryRow> mirror = h.session->historyRows();
        QObject::connect(h.session.get(), &InteractiveSession::historyChanged, h.session.get(),
                         [&mirror](int first, int removed, const QList<HistoryRow> &inserted) {
                             mirror.remove(first, removed);
                             for (qsizetype i = 0; i < inserted.size(); ++i)
                                 mirror.insert(first + i, inserted.at(i));
                         });
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        QVERIFY(h.session->confirmNlu());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        QCOMPARE(mirror, h.session->historyRows());
        QVERIFY(h.session->undo());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(mirror, h.session->historyRows());
    }

    void intentSyntaxIsCheckedAgainstTheDomain()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        // A known intent needs no question.
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        // An unknown one is asked about and cannot just be confirmed.
        QVERIFY2(h.say(u"/tell_joke"_s), qPrintable(h.why));
        QVERIFY(h.session->nluQuestion()->fromIntentSyntax);
        QVERIFY(!h.session->nluQuestion()->intentKnown);
        QVERIFY(!h.session->confirmNlu());
        QCOMPARE(h.session->state(), State::ConfirmingNlu);
    }

    void intentCorrectionRewritesTheTurn()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        QCOMPARE(h.session->nluQuestion()->intent, u"greet"_s);
        QVERIFY(h.session->correctNlu(u"mood_great"_s, {}));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.documentEvents(), h.serverEvents());
        // rewind + action_listen + corrected message (spec §3.5)
        const EventList events = h.document->conversation(0).events;
        const qsizetype n = events.size();
        QCOMPARE(events.at(n - 3).type(), EventType::Rewind);
        QVERIFY(events.at(n - 2).isActionListen());
        QCOMPARE(events.at(n - 1).type(), EventType::User);
        QCOMPARE(events.at(n - 1).parseData().intentName(), u"mood_great"_s);
        QCOMPARE(events.at(n - 1).parseData().intentConfidence(), 1.0);
        QCOMPARE(events.at(n - 1).text(), u"hello"_s);
        QVERIFY(h.document->annotation(0, int(n - 1)).corrected);
        QCOMPARE(h.appliedSummary().mid(0, 2),
                 (QStringList{u"action_listen"_s, u"user:mood_great"_s}));
        QCOMPARE(h.session->actionQuestion()->action, u"utter_happy"_s);
        QVERIFY(h.document->newIntents().isEmpty());
    }

    void entityCorrectionWithRoles_data()
    {
        QTest::addColumn<bool>("annotated");
        QTest::newRow("structured") << false;
        QTest::newRow("annotated text") << true;
    }

    void entityCorrectionWithRoles()
    {
        QFETCH(bool, annotated);
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        const QString text = u"I fly from Köln to Berlin"_s;
        QVERIFY2(h.say(text), qPrintable(h.why));
        Status status;
        if (annotated) {
            // The text must stay the same; only markup may change.
            QVERIFY(
                !h.session->correctNluFromAnnotatedText(u"I fly to [Berlin](city)"_s, u"inform"_s));
            status = h.session->correctNluFromAnnotatedText(
                u"I fly from [Köln]{\"entity\": \"city\", \"role\": \"origin\"} to "
                u"[Berlin]{\"entity\": \"city\", \"role\": \"destination\", \"group\": \"1\"}"_s,
                u"inform"_s);
        } else {
            QVERIFY(!h.session->correctNlu(u"inform"_s, {Entity::onSpan(u"city"_s, {}, 19, 40)}));
            status = h.session->correctNlu(
                u"inform"_s,
                {Entity::onSpan(u"city"_s, {}, 11, 15, u"origin"_s),
                 Entity::onSpan(u"city"_s, u"Berlin"_s, 19, 25, u"destination"_s, u"1"_s)});
        }
        QVERIFY2(status, qPrintable(status.error().toString()));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.documentEvents(), h.serverEvents());
        const ParseData stored = h.server.tracker(h.conversationId()).latestMessage();
        QCOMPARE(stored.intentName(), u"inform"_s);
        const QList<Entity> entities = stored.entities();
        QCOMPARE(entities.size(), 2);
        QCOMPARE(entities.at(0).value().toString(), u"Köln"_s);
        QCOMPARE(entities.at(0).role(), u"origin"_s);
        QCOMPARE(*entities.at(1).start(), 19);
        QCOMPARE(entities.at(1).role(), u"destination"_s);
        QCOMPARE(entities.at(1).group(), u"1"_s);
        // New intent and entity type are kept for the domain export; Rasa 3
        // does not refill slots from corrected entities.
        QCOMPARE(h.document->newIntents(), QStringList{u"inform"_s});
        QCOMPARE(h.document->newEntities(), QStringList{u"city"_s});
        QVERIFY(h.hasWarning(SessionWarning::Kind::SlotsNotReextracted));
    }

    void newIntentIsOfferedAndKept()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"what is the weather"_s), qPrintable(h.why));
        QVERIFY(!h.session->createIntent(u"bad name"_s));
        QVERIFY(h.session->createIntent(u"ask_weather"_s));
        QVERIFY(h.session->knownIntents().contains(u"ask_weather"_s));
        const QList<IntentScore> ranking = h.session->nluQuestion()->ranking;
        QVERIFY(std::any_of(ranking.cbegin(), ranking.cend(),
                            [](const IntentScore &s) { return s.name == u"ask_weather"_s; }));
        QVERIFY(h.session->correctNlu(u"ask_weather"_s, {}));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.document->newIntents(), QStringList{u"ask_weather"_s});
        QCOMPARE(h.server.tracker(h.conversationId()).latestMessage().intentName(),
                 u"ask_weather"_s);
    }

    void newRetrievalIntentKeepsItsResponseKeyToTheExport()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"who made you"_s), qPrintable(h.why));
        QVERIFY(!h.session->createIntent(u"faq/who/made"_s)); // one "/" at most, as in Rasa
        QVERIFY(h.session->createIntent(u"faq/ask_maker"_s));
        QVERIFY(h.session->correctNlu(u"faq/ask_maker"_s, {}));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        const ParseData stored = h.server.tracker(h.conversationId()).latestMessage();
        QCOMPARE(stored.intentName(), u"faq"_s);
        QCOMPARE(stored.fullIntentName(), u"faq/ask_maker"_s);
        // fake-rasa's mood bot has no retrieval action: any answer will do
        // (its policy would fall back and rewind the message).
        QVERIFY(h.session->chooseAction(u"utter_greet"_s));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        QCOMPARE(h.document->newIntents(), QStringList{u"faq/ask_maker"_s});

        // NLU under the full name, the story and the domain under the base.
        QTemporaryDir dir;
        ExportInput input;
        input.conversations = {
            ExportConversation{h.conversationId(), h.document->conversation(0).events}};
        input.domain = Domain::fromJson(h.document->domain()).value();
        input.options.storiesPath = dir.filePath(u"stories.yml"_s);
        input.options.nluPath = dir.filePath(u"nlu.yml"_s);
        input.options.domainPath = dir.filePath(u"domain.yml"_s);
        Result<ExportPreview> preview = Exporter::prepare(input);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
        QVERIFY(preview->files.at(0).newContent.contains("  - intent: faq\n"));
        QVERIFY(!preview->files.at(0).newContent.contains("faq/"));
        QVERIFY(preview->files.at(1).newContent.contains(
            "- intent: faq/ask_maker\n  examples: |\n    - who made you\n"));
        const Domain exported = Domain::fromYaml(preview->files.at(2).newContent).value();
        QVERIFY(exported.hasIntent(u"faq"_s));
        QVERIFY(!exported.hasIntent(u"faq/ask_maker"_s));
    }

    void newActionIsLoggedWithAWarning()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        QVERIFY(h.session->confirmNlu());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(!h.session->createAction(u"utter_oops"_s)); // responses need text
        QVERIFY(!h.session->createAction(u"utter_greet"_s));
        QVERIFY(h.session->createAction(u"action_check_weather"_s));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.hasWarning(SessionWarning::Kind::NewActionNotExecuted));
        QCOMPARE(h.document->newActions(), QStringList{u"action_check_weather"_s});
        QCOMPARE(h.documentEvents(), h.serverEvents());
        QCOMPARE(h.appliedSummary().last(), u"action_check_weather"_s);
        const EventList &events = h.document->conversation(0).events;
        QVERIFY(h.document->annotation(0, int(events.size() - 1)).corrected);
        // Offered again as a session-created action.
        QCOMPARE(h.session->actionQuestion()->sessionCreatedActions,
                 QStringList{u"action_check_weather"_s});
        QVERIFY(h.session->chooseAction(u"action_check_weather"_s));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.appliedSummary().mid(h.appliedSummary().size() - 2),
                 (QStringList{u"action_check_weather"_s, u"action_check_weather"_s}));
        QVERIFY(!h.session->chooseAction(u"no_such_action"_s));
    }

    void newResponseIsKeptForExport()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"hello"_s), qPrintable(h.why));
        QVERIFY(h.session->confirmNlu());
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(!h.session->createResponse(u"weather"_s, u"Sunny"_s));
        QVERIFY(!h.session->createResponse(u"utter_weather"_s, u"  "_s));
        QVERIFY(h.session->createResponse(u"utter_weather"_s, u"It is sunny."_s));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.hasWarning(SessionWarning::Kind::NewResponseNotExecuted));
        QCOMPARE(h.document->newResponses().size(), 1);
        QCOMPARE(h.document->newResponses().first().name, u"utter_weather"_s);
        QCOMPARE(h.document->newResponses().first().variations,
                 (QJsonArray{QJsonObject{{u"text"_s, u"It is sunny."_s}}}));
        QCOMPARE(h.appliedSummary().last(), u"utter_weather"_s);
        // A response named like one of the domain's is flagged (§9 #16).
        QVERIFY(h.session->createResponse(u"utter_greet"_s, u"Yo"_s));
        QVERIFY(h.hasWarning(SessionWarning::Kind::ResponseNameClash));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void formRejectionAndValidationQuestion()
    {
        SessionHarness h(u"formbot"_s);
        QVERIFY(h.loaded);
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/request_restaurant"_s, State::ConfirmingAction), qPrintable(h.why));
        QCOMPARE(h.session->actionQuestion()->action, u"restaurant_form"_s);
        h.confirmUntilListening();
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        QCOMPARE(h.server.tracker(h.conversationId()).activeLoop().name, u"restaurant_form"_s);

        // The annotator does not let the form handle "/stop".
        QVERIFY2(h.say(u"/stop"_s, State::ConfirmingAction), qPrintable(h.why));
        QVERIFY(h.session->chooseAction(u"utter_ask_continue"_s));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        bool rejected = false;
        const EventList serverEvents = h.server.tracker(h.conversationId()).events();
        for (const Event &event : serverEvents) {
            if (event.type() == EventType::ActionExecutionRejected
                && event.name() == u"restaurant_form"_s)
                rejected = true;
        }
        QVERIFY(rejected);
        QVERIFY(h.server.tracker(h.conversationId()).activeLoop().rejected);
        if (h.session->actionQuestion()->action != u"action_listen"_s)
            QVERIFY(h.session->chooseAction(u"action_listen"_s));
        else
            QVERIFY(h.session->confirmAction());
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));

        // Back to the form: should it validate the answer? No.
        QVERIFY2(h.say(u"/affirm"_s, State::ConfirmingAction), qPrintable(h.why));
        QSignalSpy asked(h.session.get(), &InteractiveSession::formValidationQuestionAsked);
        QVERIFY(h.session->chooseAction(u"restaurant_form"_s));
        QVERIFY2(h.reach(State::ConfirmingFormValidation), qPrintable(h.why));
        QCOMPARE(asked.count(), 1);
        const FormValidationQuestion question = *h.session->formValidationQuestion();
        QCOMPARE(question.action, u"restaurant_form"_s);
        QCOMPARE(question.requestedSlot, u"cuisine"_s);
        QVERIFY(question.questionText().contains(u"'cuisine'"_s));
        QVERIFY(h.session->answerFormValidation(false));
        QVERIFY2(h.reach(State::ConfirmingAction), qPrintable(h.why));
        const EventList events = h.server.tracker(h.conversationId()).events();
        bool interrupted = false;
        for (const Event &event : events) {
            if (event.type() == EventType::LoopInterrupted && event.isInterrupted())
                interrupted = true;
        }
        QVERIFY(interrupted);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void typedRestartRestarts()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        QVERIFY(h.session->sendUserMessage(u"/restart"_s));
        QVERIFY2(h.reach(State::AwaitingUserMessage), qPrintable(h.why));
        const EventList events = h.server.tracker(h.conversationId()).events();
        QCOMPARE(events.at(events.size() - 2).type(), EventType::Restart);
        QVERIFY(events.last().isActionListen());
        for (const Event &event : events)
            QVERIFY(event.text() != u"/restart"_s); // never sent as a message
        QCOMPARE(h.session->historyRows().size(), 1);
        QCOMPARE(h.documentEvents(), h.serverEvents());
    }

    void messageLimitAsksForExport()
    {
        SessionHarness h;
        h.session->setMaxMessages(1);
        QSignalSpy limit(h.session.get(), &InteractiveSession::messageLimitReached);
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        QCOMPARE(limit.count(), 1);
        QCOMPARE(limit.first().first().toInt(), 1);
        QVERIFY(!h.session->sendUserMessage(u"/mood_great"_s));
        QCOMPARE(limit.count(), 2);
        QCOMPARE(h.session->state(), State::AwaitingUserMessage);
        h.session->setMaxMessages(0);
        QVERIFY2(h.say(u"/mood_great"_s, State::ConfirmingAction), qPrintable(h.why));
    }

    void commandsCheckTheState()
    {
        SessionHarness h;
        QVERIFY(!h.session->sendUserMessage(u"hi"_s)); // not connected
        QVERIFY(!h.session->confirmNlu());
        QVERIFY(!h.session->undo());
        QVERIFY(!h.session->retry());
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY(!h.session->confirmAction());
        QVERIFY(!h.session->answerFormValidation(true));
        QVERIFY(!h.session->sendUserMessage(u"   "_s));
        QVERIFY(!h.session->undo()); // nothing to undo yet
        QVERIFY(!h.session->connectToServer(h.settings()));
    }

    void offlineDocumentShowsHistoryWithoutServer()
    {
        SessionHarness h;
        QVERIFY2(h.connect(), qPrintable(h.why));
        QVERIFY2(h.say(u"/greet"_s, State::ConfirmingAction), qPrintable(h.why));
        h.confirmUntilListening();
        const QList<HistoryRow> rows = h.session->historyRows();
        h.session->disconnectFromServer();
        QCOMPARE(h.session->state(), State::Offline);
        InteractiveSession offline(h.document.get());
        QVERIFY(offline.openOffline());
        QCOMPARE(offline.state(), State::Offline);
        QCOMPARE(offline.historyRows(), rows);
        QVERIFY(!offline.sendUserMessage(u"hi"_s));
        QVERIFY(offline.createResponse(u"utter_bye_now"_s, u"Bye!"_s)); // kept for export
        QCOMPARE(h.document->newResponses().last().name, u"utter_bye_now"_s);
    }
};

QTEST_GUILESS_MAIN(TestInteractiveSession)
#include "tst_interactivesession.moc"
