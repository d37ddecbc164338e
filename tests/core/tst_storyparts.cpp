#include "core/helpers/sessionfixtures.h"

#include "session/storyparts.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// The stories of a conversation: split at restarts, a fork recognised by
// the copied events it starts with, the message it went back to named.
class TestStoryParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyConversationHasOneEmptyStory()
    {
        const QList<StoryOutline> parts = StoryParts::of({});
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.at(0).origin, StoryOutline::Origin::Start);
        QCOMPARE(parts.at(0).userMessages, 0);
    }

    void restartAndForkAreTold()
    {
        EventList events{Event::actionListen(1.0)};
        events += Fixtures::turnEvents(0, 0);
        events += Fixtures::turnEvents(0, 1);
        const qsizetype secondMessage = 1 + Fixtures::turnEvents(0, 0).size();
        // Fork before the second message: a restart, then the kept events.
        const EventList kept = events.mid(0, secondMessage);
        const qsizetype forkedAt = events.size();
        events.append(Event::restart(2000.0));
        events += kept;
        events += Fixtures::turnEvents(0, 2);
        // Restart: a new story with nothing copied.
        events.append(Event::restart(3000.0));
        events.append(Event::actionListen(3000.5));

        const QList<StoryOutline> parts = StoryParts::of(events);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).origin, StoryOutline::Origin::Start);
        QCOMPARE(parts.at(0).userMessages, 2);
        QCOMPARE(parts.at(0).firstMessage, Fixtures::turnEvents(0, 0).first().text());
        QCOMPARE(parts.at(1).origin, StoryOutline::Origin::Fork);
        QCOMPARE(parts.at(1).forkedFrom, 0);
        QCOMPARE(parts.at(1).forkedBefore, Fixtures::turnEvents(0, 1).first().text());
        QCOMPARE(parts.at(1).userMessages, 2);
        QCOMPARE(parts.at(0).endEvent, int(forkedAt));
        QCOMPARE(parts.at(1).firstEvent, int(forkedAt + 1));
        QCOMPARE(parts.at(2).origin, StoryOutline::Origin::Restart);
        QCOMPARE(parts.at(2).userMessages, 0);
        QCOMPARE(parts.at(2).number, 3);
        QCOMPARE(parts.at(2).endEvent, int(events.size()));
    }
};

QTEST_GUILESS_MAIN(TestStoryParts)
#include "tst_storyparts.moc"
