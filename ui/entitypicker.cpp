#include "entitypicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(14);
    return combo;
}

} // namespace

EntityPicker::EntityPicker(QWidget *parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_type(editableCombo(this)),
      m_role(editableCombo(this)),
      m_group(editableCombo(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_type->setAccessibleName(tr("Entity type"));
    m_role->setAccessibleName(tr("Entity role"));
    m_group->setAccessibleName(tr("Entity group"));
    auto *ok = new QPushButton(tr("Mark"), this);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_label);
    row->addWidget(new QLabel(tr("&Entity:"), this));
    row->addWidget(m_type, 2);
    row->addWidget(new QLabel(tr("&Role:"), this));
    row->addWidget(m_role, 1);
    row->addWidget(new QLabel(tr("&Group:"), this));
    row->addWidget(m_group, 1);
    row->addWidget(ok);
    row->addWidget(cancel);
    const auto labels = findChildren<QLabel *>();
    labels.at(1)->setBuddy(m_type);
    labels.at(2)->setBuddy(m_role);
    labels.at(3)->setBuddy(m_group);
    for (QComboBox *combo : {m_type, m_role, m_group})
        combo->lineEdit()->installEventFilter(this);
    connect(ok, &QPushButton::clicked, this, &EntityPicker::accept);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    connect(m_type, &QComboBox::currentTextChanged, this, &EntityPicker::updateRolesAndGroups);
    hide();
}

void EntityPicker::setDefinitions(const QList<EntityDefinition> &definitions)
{
    m_definitions = definitions;
    m_type->clear();
    for (const EntityDefinition &definition : definitions)
        m_type->addItem(definition.name);
}

void EntityPicker::ask(const QString &covered, const QString &type, const QString &role,
                       const QString &group)
{
    m_label->setText(tr("“%1”").arg(covered));
    m_type->setCurrentText(type.isEmpty() && m_type->count() > 0 ? m_type->itemText(0) : type);
    updateRolesAndGroups();
    m_role->setCurrentText(role);
    m_group->setCurrentText(group);
    show();
    m_type->setFocus(Qt::OtherFocusReason);
    m_type->lineEdit()->selectAll();
}

void EntityPicker::updateRolesAndGroups()
{
    const QString type = m_type->currentText();
    m_role->clear();
    m_group->clear();
    m_role->addItem(QString());
    m_group->addItem(QString());
    for (const EntityDefinition &definition : std::as_const(m_definitions)) {
        if (definition.name != type)
            continue;
        m_role->addItems(definition.roles);
        m_group->addItems(definition.groups);
    }
}

void EntityPicker::accept()
{
    const QString type = m_type->currentText().trimmed();
    if (type.isEmpty()) {
        m_type->setFocus();
        return;
    }
    hide();
    Q_EMIT accepted(type, m_role->currentText().trimmed(), m_group->currentText().trimmed());
}

bool EntityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            accept();
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            Q_EMIT cancelled();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Coach
