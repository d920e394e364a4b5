# Generated from ui/plan_activity_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 81687ea1e39ad162364458dabecdbe1fd319c71af91e190255221b115349d01e
# uic: uic 6.11.3
# output-sha256: 39ba462ac6c7cdf029b697c80a9f54e5ff270d8a057c0fea8f5f49829879a019
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_activity_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PlanActivityDialog(object):
    def setupUi(self, PlanActivityDialog):
        if not PlanActivityDialog.objectName():
            PlanActivityDialog.setObjectName(u"PlanActivityDialog")
        PlanActivityDialog.resize(720, 480)
        PlanActivityDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PlanActivityDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(PlanActivityDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.yearLabel = QLabel(PlanActivityDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(PlanActivityDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.unitLabel = QLabel(PlanActivityDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(PlanActivityDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.codeLabel = QLabel(PlanActivityDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(PlanActivityDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(PlanActivityDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PlanActivityDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(500)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.measureLabel = QLabel(PlanActivityDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.measureLabel)

        self.measureEdit = QLineEdit(PlanActivityDialog)
        self.measureEdit.setObjectName(u"measureEdit")
        self.measureEdit.setMaxLength(80)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.targetsLabel = QLabel(PlanActivityDialog)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetsLabel)

        self.targetsGrid = QGridLayout()
        self.targetsGrid.setObjectName(u"targetsGrid")
        self.m1Label = QLabel(PlanActivityDialog)
        self.m1Label.setObjectName(u"m1Label")

        self.targetsGrid.addWidget(self.m1Label, 0, 0, 1, 1)

        self.m1Spin = QSpinBox(PlanActivityDialog)
        self.m1Spin.setObjectName(u"m1Spin")
        self.m1Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m1Spin, 1, 0, 1, 1)

        self.m2Label = QLabel(PlanActivityDialog)
        self.m2Label.setObjectName(u"m2Label")

        self.targetsGrid.addWidget(self.m2Label, 0, 1, 1, 1)

        self.m2Spin = QSpinBox(PlanActivityDialog)
        self.m2Spin.setObjectName(u"m2Spin")
        self.m2Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m2Spin, 1, 1, 1, 1)

        self.m3Label = QLabel(PlanActivityDialog)
        self.m3Label.setObjectName(u"m3Label")

        self.targetsGrid.addWidget(self.m3Label, 0, 2, 1, 1)

        self.m3Spin = QSpinBox(PlanActivityDialog)
        self.m3Spin.setObjectName(u"m3Spin")
        self.m3Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m3Spin, 1, 2, 1, 1)

        self.m4Label = QLabel(PlanActivityDialog)
        self.m4Label.setObjectName(u"m4Label")

        self.targetsGrid.addWidget(self.m4Label, 0, 3, 1, 1)

        self.m4Spin = QSpinBox(PlanActivityDialog)
        self.m4Spin.setObjectName(u"m4Spin")
        self.m4Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m4Spin, 1, 3, 1, 1)

        self.m5Label = QLabel(PlanActivityDialog)
        self.m5Label.setObjectName(u"m5Label")

        self.targetsGrid.addWidget(self.m5Label, 0, 4, 1, 1)

        self.m5Spin = QSpinBox(PlanActivityDialog)
        self.m5Spin.setObjectName(u"m5Spin")
        self.m5Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m5Spin, 1, 4, 1, 1)

        self.m6Label = QLabel(PlanActivityDialog)
        self.m6Label.setObjectName(u"m6Label")

        self.targetsGrid.addWidget(self.m6Label, 0, 5, 1, 1)

        self.m6Spin = QSpinBox(PlanActivityDialog)
        self.m6Spin.setObjectName(u"m6Spin")
        self.m6Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m6Spin, 1, 5, 1, 1)

        self.m7Label = QLabel(PlanActivityDialog)
        self.m7Label.setObjectName(u"m7Label")

        self.targetsGrid.addWidget(self.m7Label, 2, 0, 1, 1)

        self.m7Spin = QSpinBox(PlanActivityDialog)
        self.m7Spin.setObjectName(u"m7Spin")
        self.m7Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m7Spin, 3, 0, 1, 1)

        self.m8Label = QLabel(PlanActivityDialog)
        self.m8Label.setObjectName(u"m8Label")

        self.targetsGrid.addWidget(self.m8Label, 2, 1, 1, 1)

        self.m8Spin = QSpinBox(PlanActivityDialog)
        self.m8Spin.setObjectName(u"m8Spin")
        self.m8Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m8Spin, 3, 1, 1, 1)

        self.m9Label = QLabel(PlanActivityDialog)
        self.m9Label.setObjectName(u"m9Label")

        self.targetsGrid.addWidget(self.m9Label, 2, 2, 1, 1)

        self.m9Spin = QSpinBox(PlanActivityDialog)
        self.m9Spin.setObjectName(u"m9Spin")
        self.m9Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m9Spin, 3, 2, 1, 1)

        self.m10Label = QLabel(PlanActivityDialog)
        self.m10Label.setObjectName(u"m10Label")

        self.targetsGrid.addWidget(self.m10Label, 2, 3, 1, 1)

        self.m10Spin = QSpinBox(PlanActivityDialog)
        self.m10Spin.setObjectName(u"m10Spin")
        self.m10Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m10Spin, 3, 3, 1, 1)

        self.m11Label = QLabel(PlanActivityDialog)
        self.m11Label.setObjectName(u"m11Label")

        self.targetsGrid.addWidget(self.m11Label, 2, 4, 1, 1)

        self.m11Spin = QSpinBox(PlanActivityDialog)
        self.m11Spin.setObjectName(u"m11Spin")
        self.m11Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m11Spin, 3, 4, 1, 1)

        self.m12Label = QLabel(PlanActivityDialog)
        self.m12Label.setObjectName(u"m12Label")

        self.targetsGrid.addWidget(self.m12Label, 2, 5, 1, 1)

        self.m12Spin = QSpinBox(PlanActivityDialog)
        self.m12Spin.setObjectName(u"m12Spin")
        self.m12Spin.setMaximum(1000000)

        self.targetsGrid.addWidget(self.m12Spin, 3, 5, 1, 1)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.targetsGrid)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(PlanActivityDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.unitLabel.setBuddy(self.unitCombo)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.measureLabel.setBuddy(self.measureEdit)
        self.targetsLabel.setBuddy(self.m1Spin)
        self.m1Label.setBuddy(self.m1Spin)
        self.m2Label.setBuddy(self.m2Spin)
        self.m3Label.setBuddy(self.m3Spin)
        self.m4Label.setBuddy(self.m4Spin)
        self.m5Label.setBuddy(self.m5Spin)
        self.m6Label.setBuddy(self.m6Spin)
        self.m7Label.setBuddy(self.m7Spin)
        self.m8Label.setBuddy(self.m8Spin)
        self.m9Label.setBuddy(self.m9Spin)
        self.m10Label.setBuddy(self.m10Spin)
        self.m11Label.setBuddy(self.m11Spin)
        self.m12Label.setBuddy(self.m12Spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.measureEdit)
        QWidget.setTabOrder(self.measureEdit, self.m1Spin)
        QWidget.setTabOrder(self.m1Spin, self.m2Spin)
        QWidget.setTabOrder(self.m2Spin, self.m3Spin)
        QWidget.setTabOrder(self.m3Spin, self.m4Spin)
        QWidget.setTabOrder(self.m4Spin, self.m5Spin)
        QWidget.setTabOrder(self.m5Spin, self.m6Spin)
        QWidget.setTabOrder(self.m6Spin, self.m7Spin)
        QWidget.setTabOrder(self.m7Spin, self.m8Spin)
        QWidget.setTabOrder(self.m8Spin, self.m9Spin)
        QWidget.setTabOrder(self.m9Spin, self.m10Spin)
        QWidget.setTabOrder(self.m10Spin, self.m11Spin)
        QWidget.setTabOrder(self.m11Spin, self.m12Spin)
        QWidget.setTabOrder(self.m12Spin, self.buttonBox)

        self.retranslateUi(PlanActivityDialog)
    # setupUi

    def retranslateUi(self, PlanActivityDialog):
        PlanActivityDialog.setWindowTitle(QCoreApplication.translate("PlanActivityDialog", u"Actividad operativa del POI", None))
        self.headingLabel.setText("")
        self.yearLabel.setText(QCoreApplication.translate("PlanActivityDialog", u"A&\u00f1o:", None))
        self.unitLabel.setText(QCoreApplication.translate("PlanActivityDialog", u"&Unidad responsable:", None))
        self.codeLabel.setText(QCoreApplication.translate("PlanActivityDialog", u"&C\u00f3digo:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PlanActivityDialog", u"Como figura en el POI (por ejemplo, AOI00123400045)", None))
        self.nameLabel.setText(QCoreApplication.translate("PlanActivityDialog", u"&Actividad:", None))
        self.measureLabel.setText(QCoreApplication.translate("PlanActivityDialog", u"Unidad de &medida:", None))
        self.measureEdit.setPlaceholderText(QCoreApplication.translate("PlanActivityDialog", u"Informe, obra, kil\u00f3metro, persona capacitada\u2026", None))
        self.targetsLabel.setText(QCoreApplication.translate("PlanActivityDialog", u"Metas &f\u00edsicas:", None))
        self.m1Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Ene", None))
        self.m2Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Feb", None))
        self.m3Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Mar", None))
        self.m4Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Abr", None))
        self.m5Label.setText(QCoreApplication.translate("PlanActivityDialog", u"May", None))
        self.m6Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Jun", None))
        self.m7Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Jul", None))
        self.m8Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Ago", None))
        self.m9Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Set", None))
        self.m10Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Oct", None))
        self.m11Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Nov", None))
        self.m12Label.setText(QCoreApplication.translate("PlanActivityDialog", u"Dic", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("PlanActivityDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
