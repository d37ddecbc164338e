// ConflictWarning: what the warning line says, its links, when it hides.

#include "conflictwarning.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

//! After intent 'greet': utter_a in "greet a" and "greet c" (trackers 1, 2),
//! utter_x in the conversation (tracker 7), utter_b in four stories.
StoryConflict conflict()
{
    StoryConflict conflict;
    conflict.eventType = u"intent"_s;
    conflict.eventName = u"greet"_s;
    conflict.actions = {
        {u"utter_a"_s, {{1, 1, u"greet a"_s}, {2, 1, u"greet <c>"_s}}},
        {u"utter_x"_s, {{7, 3, u"My talk"_s}}},
        {u"utter_b"_s, {{3, 1, u"b1"_s}, {4, 1, u"b2"_s}, {5, 1, u"b3"_s}, {6, 1, u"b4"_s}}}};
    return conflict;
}

QLabel *label(ConflictWarning &warning)
{
    return warning.findChild<QLabel *>(u"ConflictWarningText"_s);
}

} // namespace

class TestConflictWarning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWithoutConflict();
    void confirmedConflict();
    void previewComesFirst();
    void linksOpenStoriesAndThePanel();
};

void TestConflictWarning::hiddenWithoutConflict()
{
    QWidget window;
    auto *warning = new ConflictWarning(&window);
    window.show();
    QVERIFY(!warning->isVisible());
    warning->setConflict(conflict(), 7);
    QVERIFY(warning->isVisible());
    warning->setConflict(std::nullopt, 7);
    QVERIFY(!warning->isVisible());
    QVERIFY(warning->text().isEmpty());
}

void TestConflictWarning::confirmedConflict()
{
    ConflictWarning warning;
    warning.setConflict(conflict(), 7);
    const QString text = warning.text();
    QVERIFY2(text.startsWith(u"Story conflict after intent 'greet'"_s), qPrintable(text));
    QVERIFY(text.contains(u"this conversation runs <b>utter_x</b>"_s));
    QVERIFY(text.contains(
        u"<b>utter_a</b> in <a href=\"story:1\">greet a</a>, <a href=\"story:2\">greet &lt;c&gt;</a>"_s));
    QVERIFY(text.contains(u"<a href=\"story:5\">b3</a>, 1 more"_s));
    QVERIFY(!text.contains(u"My talk"_s)); // its own side is not "another"
}

void TestConflictWarning::previewComesFirst()
{
    ConflictWarning warning;
    warning.setConflict(conflict(), 7);
    warning.setPreview(conflict(), u"utter_b"_s);
    QVERIFY(warning.text().startsWith(u"Choosing <b>utter_b</b> here contradicts"_s));
    QVERIFY(!warning.text().contains(u"story:3"_s)); // the chosen action's own stories
    QVERIFY(warning.text().contains(u"My talk"_s));
    warning.setPreview(std::nullopt, {});
    QVERIFY(warning.text().contains(u"this conversation runs"_s));
}

void TestConflictWarning::linksOpenStoriesAndThePanel()
{
    ConflictWarning warning;
    warning.setConflict(conflict(), 7);
    QSignalSpy stories(&warning, &ConflictWarning::storyRequested);
    QSignalSpy panel(&warning, &ConflictWarning::panelRequested);
    QLabel *text = label(warning);
    QVERIFY(text);
    Q_EMIT text->linkActivated(u"story:2"_s);
    QCOMPARE(stories.count(), 1);
    QCOMPARE(stories.first().first().toInt(), 2);
    Q_EMIT text->linkActivated(u"panel"_s);
    QCOMPARE(panel.count(), 1);
}

QTEST_MAIN(TestConflictWarning)
#include "tst_conflictwarning.moc"
