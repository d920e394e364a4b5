# Generated from ui/damaged_database.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: bbfc924ca7af2cc2c6ffdc5f7593e93a10b57e4d892679c5aced7fa1f8b5187a
# uic: uic 6.11.3
# output-sha256: 75d7ce2ac7b8e42d4daea3239787c715799d0f9312604a3c24db12ee82334dfd
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'damaged_database.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DamagedDatabaseDialog(object):
    def setupUi(self, DamagedDatabaseDialog):
        if not DamagedDatabaseDialog.objectName():
            DamagedDatabaseDialog.setObjectName(u"DamagedDatabaseDialog")
        DamagedDatabaseDialog.resize(640, 400)
        self.damagedLayout = QVBoxLayout(DamagedDatabaseDialog)
        self.damagedLayout.setObjectName(u"damagedLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(DamagedDatabaseDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(48, 48))
        self.iconLabel.setMaximumSize(QSize(48, 48))

        self.headerLayout.addWidget(self.iconLabel)

        self.headingLabel = QLabel(DamagedDatabaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.headingLabel)


        self.damagedLayout.addLayout(self.headerLayout)

        self.explanationLabel = QLabel(DamagedDatabaseDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.damagedLayout.addWidget(self.explanationLabel)

        self.backupLabel = QLabel(DamagedDatabaseDialog)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setWordWrap(True)

        self.damagedLayout.addWidget(self.backupLabel)

        self.keptAsideLabel = QLabel(DamagedDatabaseDialog)
        self.keptAsideLabel.setObjectName(u"keptAsideLabel")
        self.keptAsideLabel.setWordWrap(True)

        self.damagedLayout.addWidget(self.keptAsideLabel)

        self.messageLabel = QLabel(DamagedDatabaseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.damagedLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.damagedLayout.addItem(self.verticalSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.restoreButton = QPushButton(DamagedDatabaseDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.chooseFileButton = QPushButton(DamagedDatabaseDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.buttonsLayout.addWidget(self.chooseFileButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.quitButton = QPushButton(DamagedDatabaseDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonsLayout.addWidget(self.quitButton)


        self.damagedLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(DamagedDatabaseDialog)

        self.restoreButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DamagedDatabaseDialog):
        DamagedDatabaseDialog.setWindowTitle(QCoreApplication.translate("DamagedDatabaseDialog", u"La base de datos est\u00e1 da\u00f1ada", None))
        self.headingLabel.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"La base de datos est\u00e1 da\u00f1ada y no se puede abrir", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("DamagedDatabaseDialog", u"color: #a40000;", None))
        self.restoreButton.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Restaurar la copia m\u00e1s reciente", None))
        self.chooseFileButton.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Elegir otra copia\u2026", None))
        self.quitButton.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Salir", None))
    # retranslateUi
