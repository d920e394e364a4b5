# Generated from ui/tupa_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: da381e6bfa2dca3045de30e47ae79d03255a89589d0babd4f1c3e1fe0e4c24f4
# uic: uic 6.11.3
# output-sha256: c431ef7e9795980d52b04b5c8beb2ca3be677f6e02a3132d2b9105f7adffc431
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tupa_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_TupaDialog(object):
    def setupUi(self, TupaDialog):
        if not TupaDialog.objectName():
            TupaDialog.setObjectName(u"TupaDialog")
        TupaDialog.resize(1100, 600)
        TupaDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TupaDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.descriptionLabel = QLabel(TupaDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.descriptionLabel)

        self.readOnlyLabel = QLabel(TupaDialog)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.readOnlyLabel)

        self.proceduresView = QTableView(TupaDialog)
        self.proceduresView.setObjectName(u"proceduresView")
        self.proceduresView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proceduresView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.proceduresView.setAlternatingRowColors(True)
        self.proceduresView.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.dialogLayout.addWidget(self.proceduresView)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(TupaDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(TupaDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(TupaDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.proceduresView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.buttonBox)

        self.retranslateUi(TupaDialog)
    # setupUi

    def retranslateUi(self, TupaDialog):
        TupaDialog.setWindowTitle(QCoreApplication.translate("TupaDialog", u"Procedimientos del TUPA", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TupaDialog", u"Los procedimientos del Texto \u00danico de Procedimientos Administrativos: la Mesa de Partes los elige al registrar; de cada uno salen los requisitos, el plazo y la calificaci\u00f3n. Los marcados \u00abejemplo\u00bb vienen con el programa: reempl\u00e1celos por los de su TUPA vigente.", None))
        self.readOnlyLabel.setText(QCoreApplication.translate("TupaDialog", u"Solo consulta: los modifica la Secretar\u00eda General.", None))
#if QT_CONFIG(accessibility)
        self.proceduresView.setAccessibleName(QCoreApplication.translate("TupaDialog", u"Procedimientos del TUPA", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("TupaDialog", u"&Nuevo procedimiento\u2026", None))
        self.editButton.setText(QCoreApplication.translate("TupaDialog", u"&Modificar\u2026", None))
    # retranslateUi
