#include "entitypicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestEntityPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheDomainsRolesForTheType();
    void enterAcceptsATypedNewType();
    void emptyTypeIsNotAccepted();
    void escapeCancels();
    void editingStartsFromTheEntity();

private:
    static QList<EntityDefinition> definitions()
    {
        return {{u"city"_s, {u"from"_s, u"to"_s}, {u"1"_s, u"2"_s}, {}},
                {u"cuisine"_s, {}, {}, {}}};
    }
    static QStringList items(const QComboBox *box)
    {
        QStringList names;
        for (int i = 0; i < box->count(); ++i)
            names.append(box->itemText(i));
        return names;
    }
};

void TestEntityPicker::offersTheDomainsRolesForTheType()
{
    EntityPicker picker;
    picker.setDefinitions(definitions());
    picker.ask(u"Berlin"_s);
    QVERIFY(picker.isVisible());
    QCOMPARE(picker.typeBox()->currentText(), u"city"_s); // the first type by default
    QCOMPARE(items(picker.roleBox()), (QStringList{QString(), u"from"_s, u"to"_s}));
    QCOMPARE(items(picker.groupBox()), (QStringList{QString(), u"1"_s, u"2"_s}));
    picker.typeBox()->setCurrentText(u"cuisine"_s);
    QCOMPARE(items(picker.roleBox()), QStringList{QString()}); // no roles declared
}

void TestEntityPicker::enterAcceptsATypedNewType()
{
    EntityPicker picker;
    picker.setDefinitions(definitions());
    QSignalSpy accepted(&picker, &EntityPicker::accepted);
    picker.ask(u"tomorrow"_s);
    QLineEdit *type = picker.typeBox()->lineEdit();
    type->selectAll();
    QTest::keyClicks(type, u" date "_s);
    picker.roleBox()->setCurrentText(u"start"_s); // a role the domain does not know yet
    QTest::keyClick(type, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first(), (QVariantList{u"date"_s, u"start"_s, QString()}));
    QVERIFY(!picker.isVisible());
}

void TestEntityPicker::emptyTypeIsNotAccepted()
{
    EntityPicker picker; // a domain without entities
    QSignalSpy accepted(&picker, &EntityPicker::accepted);
    picker.ask(u"Paris"_s);
    QTest::keyClick(picker.typeBox()->lineEdit(), Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(picker.isVisible()); // still asking
}

void TestEntityPicker::escapeCancels()
{
    EntityPicker picker;
    picker.setDefinitions(definitions());
    QSignalSpy accepted(&picker, &EntityPicker::accepted);
    QSignalSpy cancelled(&picker, &EntityPicker::cancelled);
    picker.ask(u"Rome"_s);
    QTest::keyClick(picker.roleBox()->lineEdit(), Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(!picker.isVisible());
}

void TestEntityPicker::editingStartsFromTheEntity()
{
    EntityPicker picker;
    picker.setDefinitions(definitions());
    QSignalSpy accepted(&picker, &EntityPicker::accepted);
    picker.ask(u"Oslo"_s, u"city"_s, u"to"_s, u"2"_s);
    QCOMPARE(picker.roleBox()->currentText(), u"to"_s);
    QCOMPARE(picker.groupBox()->currentText(), u"2"_s);
    picker.roleBox()->setCurrentText(u"from"_s);
    QTest::keyClick(picker.groupBox()->lineEdit(), Qt::Key_Enter);
    QCOMPARE(accepted.first(), (QVariantList{u"city"_s, u"from"_s, u"2"_s}));
}

QTEST_MAIN(TestEntityPicker)
#include "tst_entitypicker.moc"
