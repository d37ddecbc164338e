#pragma once

#include "model/domain.h"

#include <QFrame>

class QComboBox;
class QLabel;

namespace Coach {

//! Inline form that asks for an entity's type, role and group, offering
//! what the domain declares (a new type can be typed). Enter accepts,
//! Escape cancels; it never blocks, so it works the same in tests.
class EntityPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPicker)

public:
    explicit EntityPicker(QWidget *parent = nullptr);

    void setDefinitions(const QList<EntityDefinition> &definitions);
    //! Shows the form for `covered` text, pre-filled (editing an entity).
    void ask(const QString &covered, const QString &type = {}, const QString &role = {},
             const QString &group = {});

    QComboBox *typeBox() const { return m_type; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *groupBox() const { return m_group; }

Q_SIGNALS:
    void accepted(const QString &type, const QString &role, const QString &group);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accept();
    void updateRolesAndGroups();

    QList<EntityDefinition> m_definitions;
    QLabel *m_label = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_group = nullptr;
};

} // namespace Coach
