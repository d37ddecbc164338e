// ConflictStoryDialog: a conflict's story as the YAML Rasa reads.

#include "conflictstorydialog.h"

#include "export/storyreader.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestConflictStoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStepsAndWhere();
};

void TestConflictStoryDialog::showsStepsAndWhere()
{
    const StorySteps steps = StoryReader::readYaml(R"(version: "3.1"
stories:
- story: start
  steps:
  - intent: greet
  - action: utter_hi
  - checkpoint: c
- story: yes
  steps:
  - checkpoint: c
  - intent: affirm
  - action: utter_yes
)",
                                                   u"/bot/data/stories.yml"_s)
                                 .value();
    ConflictStoryDialog dialog(u"start > yes"_s, steps);
    QCOMPARE(dialog.windowTitle(), u"Story “start > yes”"_s);
    const QString text = dialog.stepsText();
    QVERIFY2(text.contains(u"- story: start\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"  - intent: affirm\n"_s));
    QVERIFY(text.indexOf(u"utter_hi"_s) < text.indexOf(u"utter_yes"_s));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == u"From stories.yml, line 3; stories.yml, line 8"_s;
    }));
}

QTEST_MAIN(TestConflictStoryDialog)
#include "tst_conflictstorydialog.moc"
