#include "cli/exportcommand.h"
#include "inbox/sessioninboxstate.h"
#include "inbox/sessionreviewstore.h"

#include "export/exporter.h"
#include "session/sessiondocument.h"
#include "testsupport/testdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Coach;
using namespace Qt::StringLiterals;

// The inbox's state in a session file: one annotator's reviews and the NLU
// inbox's decisions survive saving and reopening, and accepted examples
// reach the NLU export (dialog and `rasa-coach export --session`).
class TestSessionInboxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughJson();
    void survivesSaveAndOpen();
    void sessionReviewStoreForOneAnnotator();
    void acceptedExamplesAreExported();
    void acceptReplacesDismissRemoves();

private:
    static SessionInboxState sample();
    QTemporaryDir m_dir;
};

SessionInboxState TestSessionInboxState::sample()
{
    SessionInboxState state;
    ConversationReview review;
    review.senderId = u"zürich-😀"_s;
    review.reviewed = true;
    review.reviewedBy = u"ada"_s;
    review.reviewedAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0), QTimeZone::utc());
    review.tags = {u"billing"_s, u"wrong intent"_s};
    review.notes = u"asks twice"_s;
    state.reviews[u"sqlite:///tmp/rasa.db"_s].insert(review.senderId, review);
    state.accept(TrainingExample(u"I want thai food"_s, u"inform"_s,
                                 {Entity::onSpan(u"cuisine"_s, u"thai"_s, 7, 11)}));
    state.dismiss(u"asdfgh"_s);
    return state;
}

void TestSessionInboxState::roundTripsThroughJson()
{
    const SessionInboxState state = sample();
    const SessionInboxState read = SessionInboxState::fromJson(state.toJson());
    QCOMPARE(read.reviews, state.reviews);
    QCOMPARE(read.acceptedExamples.size(), 1);
    QCOMPARE(read.acceptedExamples.first().text, u"I want thai food"_s);
    QCOMPARE(read.acceptedExamples.first().entities.first().type(), u"cuisine"_s);
    QCOMPARE(read.dismissedTexts, QStringList{u"asdfgh"_s});
    QVERIFY(SessionInboxState().toJson().isEmpty()); // nothing kept, nothing written
}

void TestSessionInboxState::survivesSaveAndOpen()
{
    const QString file = m_dir.filePath(u"inbox.coach"_s);
    {
        SessionDocument document;
        QSignalSpy changed(&document, &SessionDocument::inboxChanged);
        document.setInbox(sample().toJson());
        QCOMPARE(changed.size(), 1);
        QVERIFY(document.isModified());
        QVERIFY(document.saveAs(file));
    }
    QVERIFY(QFile(file).open(QIODevice::ReadOnly));
    Result<std::unique_ptr<SessionDocument>> opened = SessionDocument::open(file);
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QCOMPARE(SessionInboxState::fromJson(opened.value()->inbox()).reviews, sample().reviews);
}

void TestSessionInboxState::sessionReviewStoreForOneAnnotator()
{
    SessionDocument document;
    SessionReviewStore store(&document, u"store"_s, u"ada"_s);
    QSignalSpy changed(&store, &ReviewStore::reviewChanged);
    QVERIFY(store.claim(u"a"_s)->claimed);
    QCOMPARE(store.claimNext({u"a"_s, u"b"_s}).valueOr({}), u"a"_s);
    QVERIFY(store.setReviewed(u"a"_s, true));
    QCOMPARE(store.claimNext({u"a"_s, u"b"_s}).valueOr({}), u"b"_s);
    QVERIFY(store.setTags(u"b"_s, {u"z"_s, u"a"_s, u"z"_s, QString()}));
    QVERIFY(store.setNotes(u"b"_s, u"note"_s));
    QCOMPARE(changed.size(), 3);
    const QHash<QString, ConversationReview> all = store.loadAll().valueOr({});
    QVERIFY(all.value(u"a"_s).reviewed);
    QCOMPARE(all.value(u"a"_s).reviewedBy, u"ada"_s);
    QCOMPARE(all.value(u"b"_s).tags, (QStringList{u"a"_s, u"z"_s}));
    QCOMPARE(store.load(u"b"_s)->notes, u"note"_s);
    // Kept in the session's inbox state under the store, undoable with the document.
    QVERIFY(SessionInboxState::fromJson(document.inbox()).reviews.contains(u"store"_s));
    QVERIFY(SessionReviewStore(&document, u"other store"_s, u"ada"_s).loadAll()->isEmpty());
}

void TestSessionInboxState::acceptedExamplesAreExported()
{
    ExportInput input;
    input.domain =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s)).value();
    input.options.nluPath = m_dir.filePath(u"export/nlu.yml"_s);
    input.extraExamples = sample().acceptedExamples;
    const Result<ExportPreview> preview = Exporter::prepare(input);
    QVERIFY2(preview, qPrintable(preview.error().toString()));
    QCOMPARE(preview->files.size(), 1);
    const QString nlu = QString::fromUtf8(preview->files.first().newContent);
    QVERIFY2(nlu.contains(u"- intent: inform"_s) && nlu.contains(u"I want [thai](cuisine) food"_s),
             qPrintable(nlu));
    // The same from a session file, headless.
    SessionDocument document;
    document.setInbox(sample().toJson());
    document.setDomain(QJsonObject{{u"intents"_s, QJsonArray{u"inform"_s}}});
    const QString session = m_dir.filePath(u"accepted.coach"_s);
    QVERIFY(document.saveAs(session));
    const QString out = m_dir.filePath(u"cli/nlu.yml"_s);
    QCOMPARE(runExportCommand({u"--session"_s, session, u"--nlu"_s, out}), 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("I want [thai](cuisine) food"));
}

void TestSessionInboxState::acceptReplacesDismissRemoves()
{
    SessionInboxState state;
    state.dismiss(u"hi"_s);
    state.accept(TrainingExample(u"hi"_s, u"greet"_s));
    QVERIFY(state.dismissedTexts.isEmpty());
    state.accept(TrainingExample(u"hi"_s, u"goodbye"_s));
    QCOMPARE(state.acceptedExamples.size(), 1);
    QCOMPARE(state.acceptedExamples.first().intent, u"goodbye"_s);
    state.dismiss(u"hi"_s);
    QVERIFY(state.acceptedExamples.isEmpty());
    QCOMPARE(state.dismissedTexts, QStringList{u"hi"_s});
}

QTEST_GUILESS_MAIN(TestSessionInboxState)
#include "tst_sessioninboxstate.moc"
