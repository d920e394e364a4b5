# Generated from ui/restore_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 35dc29c6818602cb3f95ed40087f72c55f0d7b14acca40fdae849c1256021055
# uic: uic 6.11.3
# output-sha256: 14c04206b35ab7330d8ea5140bdf2013a12b6c84ef03e6a946f5f5086d59fcab
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(860, 600)
        self.restoreLayout = QVBoxLayout(RestoreDialog)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.introLabel)

        self.backupsView = QTableView(RestoreDialog)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsView.setAlternatingRowColors(True)
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.restoreLayout.addWidget(self.backupsView)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseFileButton = QPushButton(RestoreDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.chooseLayout.addWidget(self.chooseFileButton)

        self.folderLabel = QLabel(RestoreDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderLabel.sizePolicy().hasHeightForWidth())
        self.folderLabel.setSizePolicy(sizePolicy)
        self.folderLabel.setWordWrap(True)

        self.chooseLayout.addWidget(self.folderLabel)


        self.restoreLayout.addLayout(self.chooseLayout)

        self.detailsGroup = QGroupBox(RestoreDialog)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QHBoxLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.dateCaption = QLabel(self.detailsGroup)
        self.dateCaption.setObjectName(u"dateCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateValue = QLabel(self.detailsGroup)
        self.dateValue.setObjectName(u"dateValue")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.kindCaption = QLabel(self.detailsGroup)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.detailsGroup)
        self.kindValue.setObjectName(u"kindValue")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.stateCaption = QLabel(self.detailsGroup)
        self.stateCaption.setObjectName(u"stateCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stateCaption)

        self.stateValue = QLabel(self.detailsGroup)
        self.stateValue.setObjectName(u"stateValue")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.versionsCaption = QLabel(self.detailsGroup)
        self.versionsCaption.setObjectName(u"versionsCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.versionsCaption)

        self.versionsValue = QLabel(self.detailsGroup)
        self.versionsValue.setObjectName(u"versionsValue")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.versionsValue)

        self.sizeCaption = QLabel(self.detailsGroup)
        self.sizeCaption.setObjectName(u"sizeCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sizeCaption)

        self.sizeValue = QLabel(self.detailsGroup)
        self.sizeValue.setObjectName(u"sizeValue")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sizeValue)

        self.fileCaption = QLabel(self.detailsGroup)
        self.fileCaption.setObjectName(u"fileCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileValue = QLabel(self.detailsGroup)
        self.fileValue.setObjectName(u"fileValue")
        self.fileValue.setWordWrap(True)
        self.fileValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fileValue)


        self.detailsLayout.addLayout(self.detailsForm)

        self.countsLayout = QVBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsCaption = QLabel(self.detailsGroup)
        self.countsCaption.setObjectName(u"countsCaption")

        self.countsLayout.addWidget(self.countsCaption)

        self.countsValue = QLabel(self.detailsGroup)
        self.countsValue.setObjectName(u"countsValue")
        self.countsValue.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.countsLayout.addWidget(self.countsValue)

        self.countsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.countsLayout.addItem(self.countsSpacer)


        self.detailsLayout.addLayout(self.countsLayout)


        self.restoreLayout.addWidget(self.detailsGroup)

        self.messageLabel = QLabel(RestoreDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.restoreLayout.addWidget(self.buttonBox)

        self.restoreLayout.setStretch(1, 1)

        self.retranslateUi(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restaurar una copia de seguridad", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"Elija la copia que reemplazar\u00e1 la base de datos actual. Antes de reemplazarla, Pisac Desktop guardar\u00e1 una copia de la base de datos actual; al terminar, el programa se reiniciar\u00e1 con los datos restaurados.", None))
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Copias de seguridad", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFileButton.setText(QCoreApplication.translate("RestoreDialog", u"&Elegir otro archivo\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseFileButton.setToolTip(QCoreApplication.translate("RestoreDialog", u"Una copia guardada en otra carpeta, por ejemplo en una memoria USB", None))
#endif // QT_CONFIG(tooltip)
        self.detailsGroup.setTitle(QCoreApplication.translate("RestoreDialog", u"Copia elegida", None))
        self.dateCaption.setText(QCoreApplication.translate("RestoreDialog", u"Fecha:", None))
        self.kindCaption.setText(QCoreApplication.translate("RestoreDialog", u"Tipo:", None))
        self.stateCaption.setText(QCoreApplication.translate("RestoreDialog", u"Estado:", None))
        self.versionsCaption.setText(QCoreApplication.translate("RestoreDialog", u"Hecha con:", None))
        self.sizeCaption.setText(QCoreApplication.translate("RestoreDialog", u"Tama\u00f1o:", None))
        self.fileCaption.setText(QCoreApplication.translate("RestoreDialog", u"Archivo:", None))
        self.countsCaption.setText(QCoreApplication.translate("RestoreDialog", u"Contenido:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("RestoreDialog", u"color: #a40000;", None))
    # retranslateUi
