#include "annotationpanel.h"
#include "choicelist.h"
#include "entitypicker.h"
#include "entityspanedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

NluQuestion question()
{
    NluQuestion q;
    q.userEventIndex = 4;
    q.text = u"fly from Paris to Berlin"_s;
    q.annotatedText = u"fly from [Paris](city) to Berlin"_s;
    q.intent = u"book_flight"_s;
    q.confidence = 0.81;
    q.ranking = {{u"book_flight"_s, 0.81, {}}, {u"greet"_s, 0.1, {}}, {u"goodbye"_s, 0.0, {}}};
    q.entities = {Entity::onSpan(u"city"_s, u"Paris"_s, 9, 14)};
    return q;
}

EntityDefinition cityDefinition()
{
    EntityDefinition city;
    city.name = u"city"_s;
    city.roles = {u"departure"_s, u"destination"_s};
    return city;
}

} // namespace

class TestAnnotationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterConfirmsUnchanged();
    void digitChoosesIntentAndEnterCommits();
    void newIntentByTyping();
    void markEntityByKeyboardSelection();
    void removeEntityWithDelete();
    void editExistingEntityRole();
    void markupEscapeHatch();
    void codePointSpans();
};

void TestAnnotationPanel::enterConfirmsUnchanged()
{
    AnnotationPanel panel;
    panel.ask(question());
    QSignalSpy confirmed(&panel, &AnnotationPanel::confirmed);
    QSignalSpy corrected(&panel, &AnnotationPanel::corrected);
    QTest::keyClick(panel.intentList()->filterEdit(), Qt::Key_Return);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(corrected.size(), 0);
    QCOMPARE(panel.entityList()->topLevelItemCount(), 1);
}

void TestAnnotationPanel::digitChoosesIntentAndEnterCommits()
{
    AnnotationPanel panel;
    panel.ask(question());
    QSignalSpy corrected(&panel, &AnnotationPanel::corrected);
    QTest::keyClick(panel.intentList()->filterEdit(), Qt::Key_2);
    // Chosen, not committed: entities can still be marked.
    QCOMPARE(corrected.size(), 0);
    QCOMPARE(panel.intentList()->currentName(), u"greet"_s);
    QTest::keyClick(panel.intentList()->filterEdit(), Qt::Key_Return);
    QCOMPARE(corrected.size(), 1);
    QCOMPARE(corrected.at(0).at(0).toString(), u"greet"_s);
    const auto entities = corrected.at(0).at(1).value<QList<Entity>>();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.at(0).type(), u"city"_s);
}

void TestAnnotationPanel::newIntentByTyping()
{
    AnnotationPanel panel;
    panel.ask(question());
    QSignalSpy corrected(&panel, &AnnotationPanel::corrected);
    QTest::keyClicks(panel.intentList()->filterEdit(), u"book_train"_s);
    QTest::keyClick(panel.intentList()->filterEdit(), Qt::Key_Return);
    QCOMPARE(corrected.size(), 1);
    QCOMPARE(corrected.at(0).at(0).toString(), u"book_train"_s);
}

void TestAnnotationPanel::markEntityByKeyboardSelection()
{
    AnnotationPanel panel;
    panel.setEntityDefinitions({cityDefinition()});
    panel.ask(question());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    EntitySpanEdit *text = panel.messageView();
    text->setFocus();
    // Cursor to the end, then select "Berlin" with Shift+Ctrl+Left.
    QTest::keyClick(text, Qt::Key_End);
    QTest::keyClick(text, Qt::Key_Left, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(text->selectedSpan(), std::make_optional(std::make_pair(18, 24)));
    QTest::keyClick(text, Qt::Key_E);
    QVERIFY(panel.entityPicker()->isVisible());
    QComboBox *role = panel.entityPicker()->roleBox();
    role->setCurrentText(u"destination"_s);
    QTest::keyClick(panel.entityPicker()->typeBox()->lineEdit(), Qt::Key_Return);
    QVERIFY(!panel.entityPicker()->isVisible());
    QCOMPARE(panel.currentEntities().size(), 2);
    const Entity berlin = panel.currentEntities().at(1);
    QCOMPARE(berlin.type(), u"city"_s);
    QCOMPARE(berlin.role(), u"destination"_s);
    QCOMPARE(berlin.valueText(), u"Berlin"_s);
    QCOMPARE(*berlin.start(), 18);
    QVERIFY(panel.entitiesChanged());
    // Enter now applies the correction with the same intent.
    QSignalSpy corrected(&panel, &AnnotationPanel::corrected);
    QTest::keyClick(panel.intentList()->filterEdit(), Qt::Key_Return);
    QCOMPARE(corrected.size(), 1);
    QCOMPARE(corrected.at(0).at(0).toString(), u"book_flight"_s);
    QCOMPARE(corrected.at(0).at(1).value<QList<Entity>>().size(), 2);
}

void TestAnnotationPanel::removeEntityWithDelete()
{
    AnnotationPanel panel;
    panel.ask(question());
    EntitySpanEdit *text = panel.messageView();
    text->selectSpan(10, 10); // cursor inside "Paris"
    QTest::keyClick(text, Qt::Key_Delete);
    QVERIFY(panel.currentEntities().isEmpty());
    QCOMPARE(panel.entityList()->topLevelItemCount(), 0);
}

void TestAnnotationPanel::editExistingEntityRole()
{
    AnnotationPanel panel;
    panel.setEntityDefinitions({cityDefinition()});
    panel.ask(question());
    panel.entityList()->setCurrentItem(panel.entityList()->topLevelItem(0));
    Q_EMIT panel.entityList()->itemActivated(panel.entityList()->topLevelItem(0), 0);
    QCOMPARE(panel.entityPicker()->typeBox()->currentText(), u"city"_s);
    panel.entityPicker()->roleBox()->setCurrentText(u"departure"_s);
    QTest::keyClick(panel.entityPicker()->roleBox()->lineEdit(), Qt::Key_Return);
    QCOMPARE(panel.currentEntities().at(0).role(), u"departure"_s);
    QCOMPARE(*panel.currentEntities().at(0).start(), 9);
}

void TestAnnotationPanel::markupEscapeHatch()
{
    AnnotationPanel panel;
    panel.ask(question());
    QSignalSpy markup(&panel, &AnnotationPanel::correctedFromMarkup);
    panel.setMarkupMode(true);
    QCOMPARE(panel.markupEdit()->text(), u"fly from [Paris](city) to Berlin"_s);
    panel.markupEdit()->setText(u"fly from [Paris](city) to [Berlin]{\"entity\": \"city\"}"_s);
    QTest::keyClick(panel.markupEdit(), Qt::Key_Return);
    QCOMPARE(markup.size(), 1);
    QCOMPARE(markup.at(0).at(1).toString(), QString()); // intent unchanged
}

void TestAnnotationPanel::codePointSpans()
{
    const QString text = u"🙂 to Rome"_s; // the emoji is two UTF-16 units, one code point
    QCOMPARE(EntitySpanEdit::toCodePoints(text, 2), 1);
    QCOMPARE(EntitySpanEdit::toUtf16(text, 1), 2);
    AnnotationPanel panel;
    NluQuestion q = question();
    q.text = text;
    q.entities = {};
    panel.ask(q);
    panel.markEntity(5, 9, u"city"_s);
    QCOMPARE(panel.currentEntities().at(0).valueText(), u"Rome"_s);
}

QTEST_MAIN(TestAnnotationPanel)
#include "tst_annotationpanel.moc"
